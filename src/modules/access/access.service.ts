import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../adapters/db/database.js';
import type { Clock } from '../../platform/clock.js';
import { newSecret, sha256Hex } from '../../platform/crypto.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { appendAuditEvent } from '../audit/index.js';
import { apiKeys, sessions, users } from './access.schema.js';
import { DEFAULT_LOGIN_LIMITS, decideLoginThrottle, type LoginLimits } from './login.throttle.js';
import { clearLoginFailures, findLoginFailures, recordLoginFailure } from './login-failures.repository.js';
import type { Principal, Role } from './principal.js';

const SESSION_PREFIX = 'sls';
export const API_KEY_PREFIX = 'slk';
// algorithm 2 is Argon2id (a const enum in the typings, which isolated modules cannot read).
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
// Verified when the email is unknown, so that a wrong email and a wrong password take as long.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$rFIBf3kWSnm/KPQWNKTitQ$SOyYPgLZp89k8i56CQa9JDpv64f8kK983ZNZvQVDs+g';

export interface AccessDeps {
  db: Db;
  clock: Clock;
  auditKey: string;
  sessionHours: number;
  /** Failed-login limits; the defaults when absent. */
  loginLimits?: LoginLimits;
}

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  displayName?: string;
  sellerId?: string;
}

export async function createUser(deps: AccessDeps, by: Principal, input: NewUser) {
  if (input.role === 'integration')
    throw new AppError('VALIDATION_FAILED', 'integrations use API keys, not user accounts', {
      where: 'role',
    });
  if (input.role === 'seller' && !input.sellerId)
    throw new AppError('VALIDATION_FAILED', 'a seller user needs the seller_id it belongs to', {
      where: 'seller_id',
    });
  if (input.password.length < 10)
    throw new AppError('VALIDATION_FAILED', 'passwords have at least 10 characters', { where: 'password' });
  const passwordHash = await hash(input.password, ARGON2);
  const id = newId();
  const email = input.email.trim().toLowerCase();
  return deps.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${email}`);
    if (existing) throw new AppError('CONFLICT', `a user with email ${email} exists`, { where: 'email' });
    const row = {
      id,
      email,
      displayName: input.displayName ?? email,
      passwordHash,
      role: input.role,
      sellerId: input.role === 'seller' ? (input.sellerId ?? null) : null,
    };
    await tx.insert(users).values(row);
    await appendAuditEvent(tx, deps.auditKey, deps.clock.now(), {
      actor: by.actor,
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      data: { email, role: input.role, seller_id: row.sellerId },
    });
    return { id, email, role: input.role, sellerId: row.sellerId, displayName: row.displayName };
  });
}

/**
 * A session for a person whose email and password match. Too many failures for the account or from
 * the address (`address`: the caller's IP) refuse the attempt before the password is checked.
 */
export async function logIn(deps: AccessDeps, email: string, password: string, address = 'unknown') {
  const now = deps.clock.now();
  const emailHash = sha256Hex(email.trim().toLowerCase());
  const limits = deps.loginLimits ?? DEFAULT_LOGIN_LIMITS;
  const throttle = decideLoginThrottle(
    now,
    limits,
    await findLoginFailures(deps.db, { emailHash, address }, new Date(now.getTime() - limits.windowMs)),
  );
  if (!throttle.allowed)
    throw new AppError('RATE_LIMITED', `too many failed logins for this ${throttle.by}: try again later`, {
      where: throttle.by === 'account' ? 'email' : 'address',
      retry_after: Math.max(1, Math.ceil((throttle.retryAt.getTime() - now.getTime()) / 1000)),
      retry_at: throttle.retryAt.toISOString(),
    });
  const [user] = await deps.db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, isNull(users.disabledAt)));
  const valid = await verify(user?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
  if (!user || !valid) {
    await recordFailedLogin(deps, { emailHash, address, at: now, userId: user?.id, limits });
    throw new AppError('INVALID_CREDENTIALS', 'email or password is wrong');
  }
  await clearLoginFailures(deps.db, emailHash);
  const token = newSecret(SESSION_PREFIX, 32);
  const expiresAt = new Date(now.getTime() + deps.sessionHours * 3_600_000);
  await deps.db.insert(sessions).values({ tokenHash: sha256Hex(token), userId: user.id, expiresAt });
  return {
    token,
    expiresAt,
    user: {
      id: user.id,
      email: user.email,
      role: user.role as Role,
      sellerId: user.sellerId,
      chosenLanguage: chosenLanguageOf(user),
    },
  };
}

/** Only a language the person chose in their settings: one learned from requests is a guess about a browser. */
function chosenLanguageOf(user: {
  language: string | null;
  languageChosenAt: Date | null;
}): 'en' | 'zh' | null {
  if (!user.languageChosenAt) return null;
  return user.language === 'en' || user.language === 'zh' ? user.language : null;
}

/** Records a failure; the one that reaches the account's limit is an audit event (never the email). */
async function recordFailedLogin(
  deps: AccessDeps,
  failure: { emailHash: string; address: string; at: Date; userId: string | undefined; limits: LoginLimits },
) {
  await deps.db.transaction(async (tx) => {
    const count = await recordLoginFailure(
      tx,
      failure,
      new Date(failure.at.getTime() - failure.limits.windowMs),
    );
    if (count !== failure.limits.perAccount) return;
    await appendAuditEvent(tx, deps.auditKey, failure.at, {
      actor: 'system',
      action: 'auth.login_throttled',
      entityType: failure.userId ? 'user' : 'login',
      entityId: failure.userId ?? failure.emailHash.slice(0, 16),
      data: { failures: count, window_minutes: failure.limits.windowMs / 60_000 },
    });
  });
}

export async function logOut(deps: AccessDeps, token: string): Promise<void> {
  await deps.db
    .update(sessions)
    .set({ revokedAt: deps.clock.now() })
    .where(eq(sessions.tokenHash, sha256Hex(token)));
}

export async function createApiKey(
  deps: AccessDeps,
  by: Principal,
  name: string,
  role: Role = 'integration',
) {
  const key = newSecret(API_KEY_PREFIX, 32);
  const id = newId();
  await deps.db.transaction(async (tx) => {
    await tx
      .insert(apiKeys)
      .values({ id, name, keyHash: sha256Hex(key), prefix: key.slice(0, 10), role, createdBy: by.actor });
    await appendAuditEvent(tx, deps.auditKey, deps.clock.now(), {
      actor: by.actor,
      action: 'api_key.created',
      entityType: 'api_key',
      entityId: id,
      data: { name, role, prefix: key.slice(0, 10) },
    });
  });
  return { id, name, role, key };
}

/** The principal behind a bearer token, or UNAUTHENTICATED. */
export async function authenticate(deps: AccessDeps, token: string): Promise<Principal> {
  const tokenHash = sha256Hex(token);
  if (token.startsWith(`${API_KEY_PREFIX}_`)) {
    const [key] = await deps.db
      .select()
      .from(apiKeys)
      .where(
        and(
          eq(apiKeys.keyHash, tokenHash),
          isNull(apiKeys.revokedAt),
          or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, deps.clock.now())),
        ),
      );
    if (key)
      return {
        kind: 'api_key',
        id: key.id,
        role: key.role as Role,
        sellerId: undefined,
        actor: `api_key:${key.id}`,
      };
  } else if (token.startsWith(`${SESSION_PREFIX}_`)) {
    const [row] = await deps.db
      .select({ user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(
        and(
          eq(sessions.tokenHash, tokenHash),
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, deps.clock.now()),
          isNull(users.disabledAt),
        ),
      );
    if (row)
      return {
        kind: 'user',
        id: row.user.id,
        role: row.user.role as Role,
        sellerId: row.user.sellerId ?? undefined,
        actor: `user:${row.user.id}`,
      };
  }
  throw new AppError('UNAUTHENTICATED', 'the bearer token is unknown, expired or revoked', {
    where: 'Authorization',
  });
}
