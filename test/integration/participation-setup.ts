// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared set-up of the participation tests: the real app with chosen limits and trusted proxy, a
 * caller that each test can switch, public locations in the register, and principals.
 */
import crypto from 'node:crypto';
import { loadConfig } from '../../src/config/env.ts';
import type { Database } from '../../src/db/client.ts';
import { receptionLocations } from '../../src/db/schema/index.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { buildApp } from '../../src/server/app.ts';
import { anonymous, type Authenticated, type Principal } from '../../src/shared/principal.ts';

export type CallerSwitch = { as: Principal };

/** The real app; `caller.as` is the principal of every API request (the public by default). */
export async function buildParticipationApp(options: {
  database: Database;
  env?: Record<string, string>;
}): Promise<{ app: ApiApp; caller: CallerSwitch }> {
  const caller: CallerSwitch = { as: anonymous };
  const app = await buildApp({ config: loadConfig(options.env ?? {}), database: options.database, webDist: '/nonexistent' });
  app.addHook('preHandler', async (request) => {
    if (request.url.startsWith('/api/')) {
      request.principal = caller.as;
    }
  });
  await app.ready();
  return { app, caller };
}

/** A location in Utrecht (GM0344), public unless told otherwise. */
export async function buildPublicLocation(database: Database, options: { isPublic?: boolean; name?: string } = {}): Promise<string> {
  return inTransaction(database.db, 'system:test-factory', async (tx) => {
    const [row] = await tx
      .insert(receptionLocations)
      .values({
        name: options.name ?? `Noodopvang ${crypto.randomBytes(3).toString('hex')}`,
        address: 'Voorbeeldstraat 1, Utrecht',
        longitude: 5.1214,
        latitude: 52.0907,
        municipalityCode: 'GM0344',
        placement: 'entered_unchecked',
        kind: 'emergency',
        buildingType: 'sports_hall',
        capacity: 150,
        plannedFrom: '2026-01-01',
        plannedUntil: '2026-06-30',
        status: 'decided',
        statusSince: '2025-12-01',
        decision: 'yes',
        decidedBy: 'college van B&W Utrecht',
        decidedOn: '2025-12-01',
        isPublic: options.isPublic ?? true,
        publicSummary: 'Voorbeeld: een sporthal wordt een half jaar noodopvang.',
      })
      .returning({ id: receptionLocations.id });
    return row?.id ?? '';
  });
}

const person = (overrides: Partial<Authenticated>): Authenticated => ({
  kind: 'person',
  personId: crypto.randomUUID(),
  organisationId: crypto.randomUUID(),
  roles: [],
  provinces: [],
  municipalities: [],
  locations: [],
  via: 'session',
  ...overrides,
});

export const principals = {
  officer: () => person({ roles: ['municipal_officer'], municipalities: ['GM0344'] }),
  otherOfficer: () => person({ roles: ['municipal_officer'], municipalities: ['GM0307'] }),
  coordinator: () => person({ roles: ['province_coordinator'], provinces: ['PV26'] }),
  centralModerator: () => person({ roles: ['moderator'], moderates: [] }),
  locationModerator: (locationId: string) => person({ roles: ['moderator'], moderates: [locationId] }),
  coa: () => person({ roles: ['coa_officer'], locations: [] }),
};
