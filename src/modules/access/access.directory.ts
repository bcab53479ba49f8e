import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { AppError } from '../../platform/errors.js';
import { appendAuditEvent } from '../audit/index.js';
import { apiKeys, users } from './access.schema.js';
import type { AccessDeps } from './access.service.js';
import type { Principal, Role } from './principal.js';

/** Who has access: the staff and seller logins and the integration keys, as admins and reviewers look them up. */
/** Everyone who logs in, by email: no password hashes. */
export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      sellerId: users.sellerId,
      createdAt: users.createdAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .orderBy(users.email);
}

/** Every API key by its name and prefix, newest first; never the key or its hash. */
export async function listApiKeys(db: Db) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      role: apiKeys.role,
      createdBy: apiKeys.createdBy,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
      expiresAt: apiKeys.expiresAt,
    })
    .from(apiKeys)
    .orderBy(desc(apiKeys.createdAt));
}

export async function findUserById(db: Db, id: string) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      sellerId: users.sellerId,
      language: users.language,
      languageChosenAt: users.languageChosenAt,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(eq(users.id, id));
  return user;
}

/** Staff as the back office names them: id, display name, role, and whether they may still log in. */
export interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  disabled: boolean;
}

/** These users, or everyone with one of `roles` who is not disabled. */
export async function findStaff(
  db: Db,
  which: { ids: string[] } | { roles: readonly Role[] },
): Promise<StaffMember[]> {
  if ('ids' in which && which.ids.length === 0) return [];
  const rows = await db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      disabledAt: users.disabledAt,
    })
    .from(users)
    .where(
      'ids' in which
        ? inArray(users.id, which.ids)
        : and(inArray(users.role, [...which.roles]), isNull(users.disabledAt)),
    )
    .orderBy(users.displayName);
  return rows.map((r) => ({
    id: r.id,
    displayName: r.displayName,
    role: r.role,
    disabled: r.disabledAt !== null,
  }));
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** How many logins have an email at this domain (the demo's, for production's start-up check). */
export async function countUsersWithEmailDomain(db: Db, domain: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(sql`lower(${users.email}) like ${`%@${domain.toLowerCase()}`}`);
  return row?.n ?? 0;
}

/**
 * Keeps the language a person uses the back office in, as learned from their requests (their staff
 * emails follow it), unless they chose one in their settings.
 */
export async function setUserLanguage(db: Db, id: string, language: 'en' | 'zh'): Promise<void> {
  await db
    .update(users)
    .set({ language })
    .where(
      and(
        eq(users.id, id),
        isNull(users.languageChosenAt),
        sql`${users.language} is distinct from ${language}`,
      ),
    );
}

/**
 * The language a person chose in their settings: their emails use it, and requests no longer change
 * it. Audited (from and to), as every change to a login is; choosing the language already chosen
 * changes nothing and writes nothing.
 */
export async function chooseUserLanguage(
  deps: Pick<AccessDeps, 'db' | 'auditKey' | 'clock'>,
  by: Principal,
  language: 'en' | 'zh',
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [user] = await tx
      .select({ language: users.language, chosenAt: users.languageChosenAt })
      .from(users)
      .where(eq(users.id, by.id))
      .for('update');
    if (!user) throw new AppError('NOT_FOUND', `no user ${by.id}`, { where: 'credential' });
    if (user.chosenAt !== null && user.language === language) return;
    const now = deps.clock.now();
    await tx.update(users).set({ language, languageChosenAt: now }).where(eq(users.id, by.id));
    await appendAuditEvent(tx, deps.auditKey, now, {
      actor: by.actor,
      action: 'user.language_chosen',
      entityType: 'user',
      entityId: by.id,
      data: { from: user.language, to: language },
    });
  });
}
