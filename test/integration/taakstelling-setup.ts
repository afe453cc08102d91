// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared set-up of the taakstelling integration tests: a fresh database with the real shipped
 * regional data and national tasks, and principals for policy tests (test/app.ts asPrincipal).
 */
import type { Authenticated } from '../../src/shared/principal.ts';
import { createTestDatabase, type TestDatabase } from '../db.ts';

/** Loading the shipped data takes 10-60 s depending on the machine's load; beforeAll gets this long. */
export const setupTimeout = 240_000;

/** A migrated database holding the shipped data (data/) and the shipped national tasks. */
export async function createShippedDatabase(): Promise<TestDatabase> {
  // The template of test/global-setup.ts already holds the shipped data and national tasks.
  return createTestDatabase({ shipped: true });
}

const person = (id: string, overrides: Partial<Authenticated>): Authenticated => ({
  kind: 'person',
  personId: id,
  organisationId: '00000000-0000-4000-8000-000000000000',
  roles: [],
  provinces: [],
  municipalities: [],
  locations: [],
  via: 'session',
  ...overrides,
});

/** Principals with fixed ids, so tests can find their writes in the audit trail. */
export const principals = {
  coordinator: (province = 'PV26') =>
    person(`00000000-0000-4000-8000-0000000000${province.slice(2)}`, { roles: ['province_coordinator'], provinces: [province] }),
  officer: (code: string) =>
    person(`00000000-0000-4000-8000-00000000${code.slice(2)}`, { roles: ['municipal_officer'], municipalities: [code] }),
  coa: () => person('00000000-0000-4000-8000-00000000c0a0', { roles: ['coa_officer'] }),
  partner: () => person('00000000-0000-4000-8000-00000000aaaa', { roles: ['partner'] }),
};
