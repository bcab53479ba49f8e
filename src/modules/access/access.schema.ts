import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull(),
    /** Set for role `seller`: the one seller whose data this person may see. */
    sellerId: text('seller_id'),
    /** The language the person last used the back office in (`en`, `zh`): their staff emails use it. */
    language: text('language'),
    /** When the person chose `language` in their settings: from then on it is no longer learned from requests. */
    languageChosenAt: tz('language_chosen_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    disabledAt: tz('disabled_at'),
  },
  (t) => [uniqueIndex('users_email_idx').on(sql`lower(${t.email})`)],
);

export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
    expiresAt: tz('expires_at').notNull(),
    revokedAt: tz('revoked_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  /** The first characters of the key, shown in listings so a key can be recognised but not used. */
  prefix: text('prefix').notNull(),
  role: text('role').notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: tz('created_at').notNull().defaultNow(),
  revokedAt: tz('revoked_at'),
  /** Set when the key was rotated: it keeps working until then, so integrations can switch over. */
  expiresAt: tz('expires_at'),
});

/**
 * Failed logins, by account and by address, for login throttling; cleared for an account when it
 * logs in. The email is kept as its SHA-256, so this table holds no address a person could read.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey(),
    emailHash: text('email_hash').notNull(),
    address: text('address').notNull(),
    at: tz('at').notNull(),
  },
  (t) => [
    index('login_failures_email_idx').on(t.emailHash, t.at),
    index('login_failures_address_idx').on(t.address, t.at),
  ],
);
