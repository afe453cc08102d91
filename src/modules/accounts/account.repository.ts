// SPDX-License-Identifier: EUPL-1.2
/** SQL for organisations, people and role grants. */
import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/client.ts';
import { organisations, people, roleGrants, type OrganisationKind } from '../../db/schema/accounts.ts';
import type { Role } from '../../shared/principal.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
/** One stored grant: a role with one scope value, or none. */
export type GrantRow = { role: Role; scope: string | null };

/** All grants of the joined person as a JSON array (empty when none). */
export const grantsAggregate = sql<GrantRow[]>`coalesce(
  json_agg(json_build_object('role', ${roleGrants.role}, 'scope', ${roleGrants.scope})
    ORDER BY ${roleGrants.role}, ${roleGrants.scope}) FILTER (WHERE ${roleGrants.id} IS NOT NULL),
  '[]'::json)`;

/** One organisation by id. */
export async function findOrganisationById(ex: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

/** One organisation by its (unique) name. */
export async function findOrganisationByName(ex: Executor, name: string): Promise<OrganisationRow | undefined> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.name, name));
  return row;
}

/** The oldest organisation of a kind that stands for a province or municipality code. */
export async function findOrganisationByCode(
  ex: Executor,
  kind: OrganisationKind,
  code: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await ex
    .select()
    .from(organisations)
    .where(and(eq(organisations.kind, kind), eq(organisations.code, code)))
    .orderBy(asc(organisations.createdAt))
    .limit(1);
  return row;
}

export type OrganisationFilter = { provinceCodes: string[]; orOrganisationId: string };

/** Organisations administered from the given provinces, plus the caller's own organisation. */
export async function listOrganisations(ex: Executor, filter: OrganisationFilter): Promise<OrganisationRow[]> {
  return ex
    .select()
    .from(organisations)
    .where(or(eq(organisations.id, filter.orOrganisationId), inProvinces(filter.provinceCodes)))
    .orderBy(asc(organisations.name));
}

/** Inserts an organisation and returns it. */
export async function insertOrganisation(
  tx: Tx,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await tx.insert(organisations).values(values).returning();
  if (!row) {
    throw new Error('insert into organisations returned no row');
  }
  return row;
}

function inProvinces(provinceCodes: string[]): SQL {
  return provinceCodes.length > 0 ? inArray(organisations.provinceCode, provinceCodes) : sql`false`;
}

/** What sign-in needs: the hash and whether the account may sign in. */
export async function findCredentialsByEmail(
  ex: Executor,
  email: string,
): Promise<{ id: string; passwordHash: string | null; active: boolean } | undefined> {
  const [row] = await ex
    .select({ id: people.id, passwordHash: people.passwordHash, active: people.active })
    .from(people)
    .where(eq(people.email, email));
  return row;
}

/** A person with organisation and grants, as loaded for presenters and policies. */
export type PersonRow = {
  id: string;
  displayName: string;
  email: string;
  active: boolean;
  createdAt: Date;
  deactivatedAt: Date | null;
  organisation: { id: string; name: string; kind: OrganisationKind; provinceCode: string | null };
  grants: GrantRow[];
};

export type PeopleFilter = { personIds?: string[]; provinceCodes?: string[] };

/** People with their organisation and grants; filters are OR-ed (ids, or organisations' provinces). */
export async function loadPeople(ex: Executor, filter: PeopleFilter): Promise<PersonRow[]> {
  const conditions: SQL[] = [];
  if (filter.personIds && filter.personIds.length > 0) {
    conditions.push(inArray(people.id, filter.personIds));
  }
  if (filter.provinceCodes && filter.provinceCodes.length > 0) {
    conditions.push(inProvinces(filter.provinceCodes));
  }
  if (conditions.length === 0) {
    return [];
  }
  const rows = await ex
    .select({
      id: people.id,
      displayName: people.displayName,
      email: people.email,
      active: people.active,
      createdAt: people.createdAt,
      deactivatedAt: people.deactivatedAt,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      organisationProvinceCode: organisations.provinceCode,
      grants: grantsAggregate,
    })
    .from(people)
    .innerJoin(organisations, eq(organisations.id, people.organisationId))
    .leftJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(or(...conditions))
    .groupBy(people.id, organisations.id)
    .orderBy(asc(organisations.name), asc(people.displayName), asc(people.id));
  return rows.map((row) => ({
    id: row.id,
    displayName: row.displayName,
    email: row.email,
    active: row.active,
    createdAt: row.createdAt,
    deactivatedAt: row.deactivatedAt,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      kind: row.organisationKind,
      provinceCode: row.organisationProvinceCode,
    },
    grants: row.grants,
  }));
}

/** The id of the person with this (lower-case) e-mail address. */
export async function findPersonIdByEmail(ex: Executor, email: string): Promise<string | undefined> {
  const [row] = await ex.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row?.id;
}

/** Inserts a person (without grants) and returns the id. */
export async function insertPerson(
  tx: Tx,
  values: { organisationId: string; displayName: string; email: string; passwordHash: string | null },
): Promise<string> {
  const [row] = await tx.insert(people).values(values).returning({ id: people.id });
  if (!row) {
    throw new Error('insert into people returned no row');
  }
  return row.id;
}

/** Inserts a person's grant rows. */
export async function insertGrants(tx: Tx, personId: string, grants: GrantRow[]): Promise<void> {
  if (grants.length === 0) {
    return;
  }
  await tx.insert(roleGrants).values(grants.map((grant) => ({ personId, ...grant })));
}

/** Marks a person inactive; returns false when the person was already inactive or is unknown. */
export async function deactivatePerson(tx: Tx, personId: string): Promise<boolean> {
  const rows = await tx
    .update(people)
    .set({ active: false, deactivatedAt: sql`now()` })
    .where(and(eq(people.id, personId), eq(people.active, true)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** Replaces a person's password hash. */
export async function setPasswordHash(tx: Tx, personId: string, passwordHash: string): Promise<void> {
  await tx.update(people).set({ passwordHash }).where(eq(people.id, personId));
}

/** Active people holding the province coordinator role (first-run setup is needed while 0). */
export async function countActiveCoordinators(ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(DISTINCT ${people.id})::int` })
    .from(people)
    .innerJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(and(eq(people.active, true), eq(roleGrants.role, 'province_coordinator')));
  return row?.n ?? 0;
}

/** True when `error` (or its cause) is a unique violation, optionally of one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth++) {
    const details = current as Error & { code?: unknown; constraint?: unknown };
    if (details.code === '23505') {
      return constraint === undefined || details.constraint === constraint || current.message.includes(constraint);
    }
    current = current.cause;
  }
  return false;
}
