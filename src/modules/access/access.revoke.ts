import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import { newSecret, sha256Hex } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { appendAuditEvent } from '../audit/index.js';
import { apiKeys, sessions, users } from './access.schema.js';
import { type AccessDeps, API_KEY_PREFIX } from './access.service.js';
import type { Principal } from './principal.js';

/**
 * Taking access away. Every request authenticates against these rows, so a disabled user, a
 * revoked session or a revoked key is refused at its next request, on every process.
 */

/** Disables (or re-enables) a person's login; disabling also ends every session they hold. */
export async function setUserDisabled(deps: AccessDeps, by: Principal, userId: string, disabled: boolean) {
  if (disabled && by.kind === 'user' && by.id === userId)
    throw new AppError('CONFLICT', 'you cannot disable your own login', { where: 'userId' });
  return deps.db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!user) throw new AppError('NOT_FOUND', `no user ${userId}`, { where: 'userId' });
    const now = deps.clock.now();
    if ((user.disabledAt !== null) === disabled)
      return { id: user.id, disabledAt: user.disabledAt, changed: false };
    const disabledAt = disabled ? now : null;
    await tx.update(users).set({ disabledAt }).where(eq(users.id, userId));
    const ended = disabled ? await revokeSessionsOf(tx, userId, now) : 0;
    await appendAuditEvent(tx, deps.auditKey, now, {
      actor: by.actor,
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: userId,
      data: disabled ? { sessions_ended: ended } : {},
    });
    return { id: user.id, disabledAt, changed: true };
  });
}

/** Ends every session of a user ("sign out everywhere"); answers how many were open. */
export async function signOutEverywhere(deps: AccessDeps, by: Principal, userId: string): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError('NOT_FOUND', `no user ${userId}`, { where: 'userId' });
    const now = deps.clock.now();
    const ended = await revokeSessionsOf(tx, userId, now);
    await appendAuditEvent(tx, deps.auditKey, now, {
      actor: by.actor,
      action: 'user.signed_out_everywhere',
      entityType: 'user',
      entityId: userId,
      data: { sessions_ended: ended },
    });
    return ended;
  });
}

async function revokeSessionsOf(tx: Db, userId: string, now: Date): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .returning({ tokenHash: sessions.tokenHash });
  return ended.length;
}

/**
 * A user's open sessions, newest first. A session is named by the first characters of its token's
 * hash: enough to tell them apart, useless to log in with.
 */
export async function listSessions(deps: AccessDeps, userId: string, currentToken?: string) {
  const now = deps.clock.now();
  const current = currentToken ? sha256Hex(currentToken) : undefined;
  const rows = await deps.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.createdAt));
  return rows.map((row) => ({
    id: row.tokenHash.slice(0, 16),
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    current: row.tokenHash === current,
  }));
}

/** Revokes an integration key at once. */
export async function revokeApiKey(deps: AccessDeps, by: Principal, keyId: string) {
  return deps.db.transaction(async (tx) => {
    const key = await lockedKey(tx, keyId);
    const now = deps.clock.now();
    if (key.revokedAt) return { id: key.id, revokedAt: key.revokedAt };
    await tx.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, keyId));
    await appendAuditEvent(tx, deps.auditKey, now, {
      actor: by.actor,
      action: 'api_key.revoked',
      entityType: 'api_key',
      entityId: keyId,
      data: { prefix: key.prefix },
    });
    return { id: key.id, revokedAt: now };
  });
}

/**
 * A new key for the same integration; the old one keeps working for `overlapHours` (0: stops now),
 * so the marketplace can deploy the new key before the old one stops. The new key is shown once.
 */
export async function rotateApiKey(deps: AccessDeps, by: Principal, keyId: string, overlapHours: number) {
  return deps.db.transaction(async (tx) => {
    const old = await lockedKey(tx, keyId);
    const now = deps.clock.now();
    if (old.revokedAt || (old.expiresAt && old.expiresAt <= now))
      throw new AppError('CONFLICT', `key ${keyId} no longer works: create a new key instead`, {
        where: 'keyId',
      });
    const expiresAt = new Date(now.getTime() + overlapHours * 3_600_000);
    const key = newSecret(API_KEY_PREFIX, 32);
    const id = newId();
    await tx.insert(apiKeys).values({
      id,
      name: old.name,
      keyHash: sha256Hex(key),
      prefix: key.slice(0, 10),
      role: old.role,
      createdBy: by.actor,
    });
    await tx
      .update(apiKeys)
      .set(overlapHours === 0 ? { revokedAt: now } : { expiresAt })
      .where(eq(apiKeys.id, keyId));
    await appendAuditEvent(tx, deps.auditKey, now, {
      actor: by.actor,
      action: 'api_key.rotated',
      entityType: 'api_key',
      entityId: keyId,
      data: {
        replaced_by: id,
        prefix: key.slice(0, 10),
        old_prefix: old.prefix,
        old_expires_at: expiresAt.toISOString(),
      },
    });
    return { id, name: old.name, role: old.role, key, replaces: { id: old.id, expiresAt } };
  });
}

async function lockedKey(tx: Db, keyId: string) {
  const [key] = await tx.select().from(apiKeys).where(eq(apiKeys.id, keyId)).for('update');
  if (!key) throw new AppError('NOT_FOUND', `no API key ${keyId}`, { where: 'keyId' });
  return key;
}
