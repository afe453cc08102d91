// SPDX-License-Identifier: EUPL-1.2
/**
 * Test factories: organisations, people with roles (returning their credentials), municipalities,
 * and sign-in through the real API. Writes go through inTransaction as `system:test-factory`.
 *
 *   const person = await buildPerson({ database, roles: [{ role: 'municipal_officer', scopes: ['GM0344'] }] });
 *   const session = await signIn(app, person.email, person.password);
 *   await app.inject({ method: 'POST', url: '/api/v1/…', headers: session.headers, payload: {…} });
 */
import crypto from 'node:crypto';
import type { Database } from '../src/db/client.ts';
import { municipalities, provinces } from '../src/db/schema/regions.ts';
import type { OrganisationKind } from '../src/db/schema/accounts.ts';
import { inTransaction } from '../src/db/transaction.ts';
import type { ApiApp } from '../src/server/api-app.ts';
import type { RoleGrant } from '../src/modules/accounts/account.schema.ts';
import { insertOrganisation, type OrganisationRow } from '../src/modules/accounts/account.repository.ts';
import { insertPersonWithGrants } from '../src/modules/accounts/create-person.ts';
import { deactivatePerson } from '../src/modules/accounts/deactivate-person.ts';
import { provinceNames } from '../src/modules/accounts/province-names.ts';
import { hashPassword } from '../src/modules/accounts/secrets.ts';
import { sessionCookieName, type SessionView } from '../src/modules/accounts/session.schema.ts';

/** The audit actor of every factory write. */
export const factoryActor = 'system:test-factory';
/** The password of factory people unless one is given (hashed once per test process). */
export const defaultPassword = 'correct horse battery staple';

let defaultHash: Promise<string> | undefined;
const unique = () => crypto.randomBytes(4).toString('hex');

export type BuildOrganisationOptions = {
  database: Database;
  kind?: OrganisationKind;
  name?: string;
  /** PVxx for a province (default PV26), GMxxxx for a municipality (default GM0344). */
  code?: string | null;
  /** The administering province (default: the code for a province, else PV26). */
  provinceCode?: string | null;
};

export async function buildOrganisation(options: BuildOrganisationOptions): Promise<OrganisationRow> {
  const kind = options.kind ?? 'partner';
  const defaultCode = { province: 'PV26', municipality: 'GM0344', coa: null, partner: null }[kind];
  const code = options.code === undefined ? defaultCode : options.code;
  const provinceCode = kind === 'province' ? code : options.provinceCode === undefined ? 'PV26' : options.provinceCode;
  return inTransaction(options.database.db, factoryActor, (tx) =>
    insertOrganisation(tx, { kind, name: options.name ?? `Test ${kind} ${unique()}`, code, provinceCode }),
  );
}

export type BuildPersonOptions = {
  database: Database;
  roles: RoleGrant[];
  /** Default: a new organisation whose kind fits the first role. */
  organisation?: OrganisationRow;
  email?: string;
  displayName?: string;
  password?: string;
  /** Create the person deactivated. */
  active?: boolean;
};

export type BuiltPerson = {
  id: string;
  email: string;
  password: string;
  displayName: string;
  organisation: OrganisationRow;
  roles: RoleGrant[];
};

const kindOfRole: Record<RoleGrant['role'], OrganisationKind> = {
  province_coordinator: 'province',
  municipal_officer: 'municipality',
  coa_officer: 'coa',
  partner: 'partner',
  moderator: 'partner',
};

export async function buildPerson(options: BuildPersonOptions): Promise<BuiltPerson> {
  const first = options.roles[0];
  const kind = first ? kindOfRole[first.role] : 'partner';
  const scope = first?.scopes[0];
  const organisation =
    options.organisation ??
    (await buildOrganisation({
      database: options.database,
      kind,
      ...(kind === 'province' || kind === 'municipality' ? { code: scope } : {}),
    }));
  const password = options.password ?? defaultPassword;
  const passwordHash = options.password ? await hashPassword(password) : await (defaultHash ??= hashPassword(password));
  const email = options.email ?? `person-${unique()}@example.test`;
  const displayName = options.displayName ?? `Test Person ${unique()}`;
  const id = await inTransaction(options.database.db, factoryActor, (tx) =>
    insertPersonWithGrants(tx, {
      organisationId: organisation.id,
      displayName,
      email,
      passwordHash,
      roles: options.roles,
    }),
  );
  if (options.active === false) {
    await deactivatePerson({ database: options.database, caller: 'cli:user', personId: id });
  }
  return { id, email, password, displayName, organisation, roles: options.roles };
}

/** Makes a municipality (and its province) known, for tests that do not load the CBS data. */
export async function buildMunicipality(options: {
  database: Database;
  code: string;
  name: string;
  provinceCode?: string;
}): Promise<void> {
  const provinceCode = options.provinceCode ?? 'PV26';
  await inTransaction(options.database.db, factoryActor, async (tx) => {
    await tx
      .insert(provinces)
      .values({ code: provinceCode, name: provinceNames[provinceCode] ?? provinceCode })
      .onConflictDoNothing();
    await tx
      .insert(municipalities)
      .values({ code: options.code, name: options.name, provinceCode })
      .onConflictDoNothing();
  });
}

export type SignedIn = {
  /** `regietafel_session=<token>`, for a Cookie header. */
  cookie: string;
  csrfToken: string;
  /** Cookie and x-csrf-token headers, ready for app.inject. */
  headers: { cookie: string; 'x-csrf-token': string };
  session: SessionView;
};

/** Signs in through POST /api/v1/session; throws with the problem document when it fails. */
export async function signIn(
  app: ApiApp,
  email: string,
  password: string,
  options: { remoteAddress?: string } = {},
): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password },
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  const cookie = response.cookies.find((c) => c.name === sessionCookieName);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const session = response.json<SessionView>();
  const cookieHeader = `${sessionCookieName}=${cookie.value}`;
  return {
    cookie: cookieHeader,
    csrfToken: session.csrfToken,
    headers: { cookie: cookieHeader, 'x-csrf-token': session.csrfToken },
    session,
  };
}
