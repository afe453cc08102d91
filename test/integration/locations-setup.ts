// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared set-up of the locations and siting integration tests: the real app with the locations and
 * siting routes (registered here while src/server/routes.ts does not list them yet), a few real
 * municipal boundaries from the shipped CBS 2023 file (faster than the whole regional import),
 * and principals for policy tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config/env.ts';
import type { Database } from '../../src/db/client.ts';
import { boundaries, sources } from '../../src/db/schema/index.ts';
import { inTransaction } from '../../src/db/transaction.ts';
import { locationRoutes } from '../../src/modules/locations/location.routes.ts';
import { sitingRoutes } from '../../src/modules/siting/siting.routes.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { buildApp } from '../../src/server/app.ts';
import type { Authenticated, Principal } from '../../src/shared/principal.ts';
import { buildMunicipality } from '../factories.ts';

/** The real app; `asPrincipal` replaces the caller (as test/app.ts does). */
export async function buildLocationsTestApp({ database, asPrincipal }: { database: Database; asPrincipal: () => Principal }): Promise<ApiApp> {
  const app = await buildApp({ config: loadConfig({}), database, webDist: '/nonexistent' });
  const wired = readFileSync(path.join(projectRoot, 'src/server/routes.ts'), 'utf8');
  if (!wired.includes('locationRoutes')) {
    await app.register(locationRoutes, { prefix: '/api/v1' });
  }
  if (!wired.includes('sitingRoutes')) {
    await app.register(sitingRoutes, { prefix: '/api/v1' });
  }
  app.addHook('preHandler', async (request) => {
    request.principal = asPrincipal();
  });
  await app.ready();
  return app;
}

type Feature = { properties: { gemeentecode: string; gemeentenaam: string }; geometry: Record<string, unknown> };

/** Loads the CBS 2023 boundaries of the given municipalities (and the municipalities themselves). */
export async function loadMunicipalBoundaries(database: Database, municipalities: { code: string; provinceCode?: string }[]): Promise<void> {
  const file = path.join(projectRoot, 'data/boundaries/nl_gemeenten_2023_cbs_kwb.geojson');
  const features = (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features;
  for (const { code, provinceCode } of municipalities) {
    const feature = features.find((f) => f.properties.gemeentecode === code);
    if (!feature) {
      throw new Error(`no boundary for ${code}`);
    }
    await buildMunicipality({ database, code, name: feature.properties.gemeentenaam, ...(provinceCode ? { provinceCode } : {}) });
  }
  await inTransaction(database.db, 'system:test-factory', async (tx) => {
    await tx
      .insert(sources)
      .values({ id: 'cbs-wijkbuurtkaart-2023-gemeenten', publisher: 'CBS', title: 'Wijk- en Buurtkaart 2023, laag gemeenten', referenceDate: '2023-01-01' })
      .onConflictDoNothing();
    for (const { code } of municipalities) {
      const feature = features.find((f) => f.properties.gemeentecode === code) as Feature;
      await tx
        .insert(boundaries)
        .values({ kind: 'municipality', code, year: 2023, name: feature.properties.gemeentenaam, sourceId: 'cbs-wijkbuurtkaart-2023-gemeenten', geometry: feature.geometry })
        .onConflictDoNothing();
    }
  });
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
  officer: (code: string) => person(`00000000-0000-4000-8000-00000000${code.slice(2)}`, { roles: ['municipal_officer'], municipalities: [code] }),
  coa: (locations: string[]) => person('00000000-0000-4000-8000-00000000c0a0', { roles: ['coa_officer'], locations }),
  partner: () => person('00000000-0000-4000-8000-00000000aaaa', { roles: ['partner'] }),
};

/** Real places (WGS84) used by the tests. */
export const places = {
  /** Utrecht Centraal station, GM0344. */
  utrecht: { longitude: 5.1101, latitude: 52.0894 },
  /** Jaarbeurs, Utrecht, GM0344. */
  jaarbeurs: { longitude: 5.1035, latitude: 52.0862 },
  /** Amersfoort Centraal station, GM0307. */
  amersfoort: { longitude: 5.3739, latitude: 52.1532 },
  /** Zeist centre, GM0355. */
  zeist: { longitude: 5.2332, latitude: 52.0893 },
  /** Paris: outside the Netherlands' box. */
  paris: { longitude: 2.3522, latitude: 48.8566 },
  /** North Sea off IJmuiden: inside the box, in no municipality. */
  northSea: { longitude: 4.2, latitude: 52.55 },
};
