// SPDX-License-Identifier: EUPL-1.2
/**
 * The public regions API under /api/v1: provinces, municipalities, their population, boundaries
 * and sources, plus the municipal contact profile. Each route: validate (zod) → authorize
 * (region.policy.ts) → use case → presenter.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize } from '../../shared/policy.ts';
import { getMunicipality } from './get-municipality.ts';
import { getProvinceMap } from './get-province-map.ts';
import { listMunicipalities } from './list-municipalities.ts';
import { listProvinces } from './list-provinces.ts';
import { listRegionSources } from './list-region-sources.ts';
import { municipalityProfileRoutes } from './municipality-profile.routes.ts';
import { canReadRegions } from './region.policy.ts';
import {
  presentMunicipalityDetail,
  presentMunicipalityList,
  presentProvinceList,
  presentProvinceMap,
  presentSource,
} from './region.presenter.ts';
import {
  municipalityDetailSchema,
  municipalityListQuerySchema,
  municipalityListSchema,
  municipalityMapQuerySchema,
  municipalityMapSchema,
  municipalityParamsSchema,
  provinceListQuerySchema,
  provinceListSchema,
  provinceParamsSchema,
  sourceListSchema,
} from './region.schema.ts';

const tags = ['regions'];

/** Registers the regions routes under /api/v1. */
export async function regionRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;

  app.get(
    '/provinces',
    {
      schema: {
        tags,
        summary: 'Provinces with municipality count and population for a division year',
        querystring: provinceListQuerySchema,
        response: { 200: provinceListSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadRegions(request.principal));
      return presentProvinceList(await listProvinces({ db, year: request.query.year }));
    },
  );

  app.get(
    '/municipalities',
    {
      schema: {
        tags,
        summary: 'Municipalities active on 1 January of a year, with their latest CBS population',
        querystring: municipalityListQuerySchema,
        response: { 200: municipalityListSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadRegions(request.principal));
      const { year, province } = request.query;
      return presentMunicipalityList(await listMunicipalities({ db, year, provinceCode: province }));
    },
  );

  app.get(
    '/municipalities/:code',
    {
      schema: {
        tags,
        summary: 'One municipality: years, population history, predecessors/successors, boundary',
        params: municipalityParamsSchema,
        response: { 200: municipalityDetailSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadRegions(request.principal));
      return presentMunicipalityDetail(await getMunicipality({ db, code: request.params.code }));
    },
  );

  app.get(
    '/provinces/:code/municipalities.geojson',
    {
      schema: {
        tags,
        summary: "A province's municipalities as a GeoJSON FeatureCollection (choropleth)",
        params: provinceParamsSchema,
        querystring: municipalityMapQuerySchema,
        response: { 200: municipalityMapSchema },
      },
    },
    async (request, reply) => {
      authorize(request.principal, canReadRegions(request.principal));
      const map = await getProvinceMap({ db, provinceCode: request.params.code, year: request.query.year });
      reply.type('application/geo+json; charset=utf-8');
      return presentProvinceMap(map);
    },
  );

  app.get(
    '/sources',
    {
      schema: {
        tags,
        summary: 'Every source of the figures shown (publisher, table, reference date, licence)',
        response: { 200: sourceListSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadRegions(request.principal));
      return { items: (await listRegionSources({ db })).map(presentSource) };
    },
  );

  await app.register(municipalityProfileRoutes);
}
