import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { AppError } from '../../platform/errors.js';
import { policies } from './cases.schema.js';
import { loadDefaultPolicy, type Policy, parsePolicy } from './policy.contract.js';

/** Stores the shipped policy when the store has none active yet (first start). */
export async function ensureActivePolicy(db: Db, by: string): Promise<Policy> {
  const active = await findActivePolicy(db);
  if (active) return active;
  const policy = await loadDefaultPolicy();
  await db.transaction(async (tx) => {
    await tx
      .insert(policies)
      .values({ version: policy.version, document: policy, isActive: true, createdBy: by })
      .onConflictDoNothing();
  });
  const stored = await findActivePolicy(db);
  if (!stored) throw new AppError('INTERNAL', 'no active policy after storing the default');
  return stored;
}

/**
 * Parsed policies per store and version. A version is never edited (see activatePolicy), so a
 * parsed one stays true: requests read which version is active, not the document, and never
 * validate it again.
 */
const parsedPolicies = new WeakMap<Db, Map<string, Policy>>();

function remember(db: Db, document: unknown): Policy {
  const policy = parsePolicy(document);
  const versions = parsedPolicies.get(db) ?? new Map<string, Policy>();
  parsedPolicies.set(db, versions);
  versions.set(policy.version, policy);
  return policy;
}

export async function findActivePolicy(db: Db): Promise<Policy | undefined> {
  const [active] = await db
    .select({ version: policies.version })
    .from(policies)
    .where(eq(policies.isActive, true))
    .limit(1);
  return active ? findPolicyVersion(db, active.version) : undefined;
}

export async function findPolicyVersion(db: Db, version: string): Promise<Policy | undefined> {
  const known = parsedPolicies.get(db)?.get(version);
  if (known) return known;
  const [row] = await db.select().from(policies).where(eq(policies.version, version));
  return row ? remember(db, row.document) : undefined;
}

export async function listPolicyVersions(db: Db) {
  return db
    .select({
      version: policies.version,
      isActive: policies.isActive,
      createdAt: policies.createdAt,
      createdBy: policies.createdBy,
    })
    .from(policies)
    .orderBy(desc(policies.createdAt));
}

/** The active policy; every process reads it from the store so an admin's change reaches all of them. */
export async function activePolicy(db: Db): Promise<Policy> {
  const policy = await findActivePolicy(db);
  if (!policy) throw new AppError('INTERNAL', 'the store has no active policy');
  return policy;
}

/**
 * Stores a new policy version and makes it the active one. Versions are never edited: a case
 * keeps the version that opened it, so its seller keeps the rules they were told.
 */
export async function activatePolicy(db: Db, policy: Policy, by: string): Promise<void> {
  const [existing] = await db
    .select({ version: policies.version })
    .from(policies)
    .where(eq(policies.version, policy.version));
  if (existing)
    throw new AppError(
      'CONFLICT',
      `policy version ${policy.version} exists; give the new policy a new version`,
      {
        where: 'body.version',
      },
    );
  await db.update(policies).set({ isActive: false }).where(eq(policies.isActive, true));
  await db
    .insert(policies)
    .values({ version: policy.version, document: policy, isActive: true, createdBy: by });
}
