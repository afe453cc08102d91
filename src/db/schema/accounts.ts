// SPDX-License-Identifier: EUPL-1.2
/**
 * Accounts (migrations/0003_accounts.sql): organisations, people, role grants, sessions, API
 * tokens and one-time tokens. Tokens are stored as SHA-256 hashes, passwords as argon2id hashes.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';

export const organisationKinds = ['province', 'municipality', 'coa', 'partner'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: organisationKinds }).notNull(),
    name: text('name').notNull(),
    /** The province (PVxx) or municipality (GMxxxx) the organisation stands for. */
    code: text('code'),
    /** The province whose coordinators administer this organisation. */
    provinceCode: text('province_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('organisations_name_key').on(t.name),
    check('organisations_kind_check', sql`${t.kind} IN ('province', 'municipality', 'coa', 'partner')`),
    check(
      'organisations_code_check',
      sql`(${t.kind} = 'province' AND ${t.code} ~ '^PV[0-9]{2}$' AND ${t.provinceCode} = ${t.code})
    OR (${t.kind} = 'municipality' AND ${t.code} ~ '^GM[0-9]{4}$')
    OR (${t.kind} IN ('coa', 'partner') AND ${t.code} IS NULL)`,
    ),
    check('organisations_province_code_check', sql`${t.provinceCode} ~ '^PV[0-9]{2}$'`),
    index('organisations_province_idx').on(t.provinceCode),
  ],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    displayName: text('display_name').notNull(),
    /** Lower case; the sign-in name. */
    email: text('email').notNull(),
    /** argon2id PHC string; null until the person sets a password. */
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  },
  (t) => [
    unique('people_email_key').on(t.email),
    check('people_email_lower_check', sql`${t.email} = lower(${t.email})`),
    check('people_active_check', sql`${t.active} = (${t.deactivatedAt} IS NULL)`),
    index('people_organisation_idx').on(t.organisationId),
  ],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', {
      enum: ['province_coordinator', 'municipal_officer', 'coa_officer', 'partner', 'moderator'],
    }).notNull(),
    /** Province code, municipality code or location id; null for roles without a scope. */
    scope: text('scope'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'role_grants_role_check',
      sql`${t.role} IN ('province_coordinator', 'municipal_officer', 'coa_officer', 'partner', 'moderator')`,
    ),
    unique('role_grants_person_role_scope_key').on(t.personId, t.role, t.scope).nullsNotDistinct(),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the cookie token. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('sessions_token_hash_key').on(t.tokenHash), index('sessions_person_idx').on(t.personId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 (hex) of the bearer token. */
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('api_tokens_token_hash_key').on(t.tokenHash), index('api_tokens_person_idx').on(t.personId)],
);

export const passwordTokens = pgTable(
  'password_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['set', 'reset'] }).notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    check('password_tokens_purpose_check', sql`${t.purpose} IN ('set', 'reset')`),
    unique('password_tokens_token_hash_key').on(t.tokenHash),
    index('password_tokens_person_idx').on(t.personId),
  ],
);

export const setupTokens = pgTable(
  'setup_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [unique('setup_tokens_token_hash_key').on(t.tokenHash)],
);
