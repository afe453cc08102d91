// SPDX-License-Identifier: EUPL-1.2
/**
 * The vacant buildings register under /api/v1/housing: list, CSV export, the map layer,
 * registration, file import (CSV or GeoJSON, refused whole on a bad row) and "turn into a
 * project". Each route: validate → authorize (housing.policy.ts) → use case → present.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { createBuilding, importBuildings } from './add-buildings.ts';
import { buildingListQuerySchema, buildingListSchema, buildingMapSchema, buildingParamsSchema, buildingSchema, createBuildingInputSchema, importQuerySchema, importResultSchema } from './building.schema.ts';
import { convertBuilding } from './convert-building.ts';
import { housingPolicy } from './housing.policy.ts';
import { getBuilding, getProject } from './get-housing-item.ts';
import { buildingsCsv, housingGeoJson, listBuildings, listProjects, visibleBuilding } from './list-housing.ts';
import { loadProjectContext } from './project-context.ts';
import { presentProject } from './project.presenter.ts';
import { convertBuildingInputSchema, projectSchema } from './project.schema.ts';

export const tags = ['housing'];
export const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
export const today = (): string => new Date().toISOString().slice(0, 10);
const fileBodyLimit = 10 * 1024 * 1024;

/** Signed in with a role that reads the register. */
export function housingReader(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, housingPolicy.canRead(person), 'to use the housing register');
  return person;
}

/** Signed in with a role that may add buildings and projects. */
export function housingEditor(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, housingPolicy.canAdd(person), 'to add buildings or projects');
  return person;
}

export async function buildingRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  app.addContentTypeParser(['application/geo+json', 'text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fileBodyLimit }, (_request, body, done) => {
    done(null, body);
  });
  const detail = (principal: ReturnType<typeof housingReader>, id: string) => getBuilding({ db, principal, id, asOf: today() });

  app.get('/housing/buildings', { schema: { tags, summary: 'Vacant buildings that could become homes', security, querystring: buildingListQuerySchema, response: { 200: buildingListSchema } } }, async (request) => {
    const principal = housingReader(request.principal);
    const items = (await listBuildings({ db, principal, query: request.query })).map((b) => visibleBuilding(principal, b));
    return { total: items.length, items };
  });

  app.get('/housing/buildings.csv', { schema: { tags, summary: 'The vacant buildings as CSV', security, querystring: buildingListQuerySchema } }, async (request, reply) => {
    const principal = housingReader(request.principal);
    const items = (await listBuildings({ db, principal, query: request.query })).map((b) => visibleBuilding(principal, b));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="leegstaande-gebouwen.csv"').send(buildingsCsv(items));
  });

  app.get('/housing/map.geojson', { schema: { tags, summary: 'Buildings and the projects made from them, as GeoJSON points', security, querystring: buildingListQuerySchema, response: { 200: buildingMapSchema } } }, async (request, reply) => {
    const principal = housingReader(request.principal);
    const buildings = (await listBuildings({ db, principal, query: request.query })).map((b) => visibleBuilding(principal, b));
    const rows = await listProjects({ db, principal, query: request.query });
    const context = await loadProjectContext({ db, asOf: today() });
    reply.type('application/geo+json; charset=utf-8');
    return housingGeoJson(buildings, rows.map((row) => presentProject(row, context)));
  });

  app.post('/housing/buildings', { schema: { tags, summary: 'Register a vacant building (its municipality is derived from or checked against the coordinates)', security, body: createBuildingInputSchema, response: { 201: buildingSchema } } }, async (request, reply) => {
    const principal = housingEditor(request.principal);
    const id = await createBuilding({ db, principal, input: request.body });
    return reply.code(201).send(await detail(principal, id));
  });

  app.post(
    '/housing/buildings/import',
    { schema: { tags, summary: 'Import vacant buildings: CSV (text/csv) or GeoJSON Points (application/geo+json); one bad row refuses the whole file', security, querystring: importQuerySchema, response: { 200: importResultSchema } } },
    async (request) => {
      const principal = housingEditor(request.principal);
      if (typeof request.body !== 'string' && request.query.format === 'csv') {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the CSV file as text/csv.', { field: 'body' });
      }
      const content = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null, null, 1);
      const dryRun = request.query.dryRun === 'true';
      const fileName = request.query.format === 'csv' ? 'upload.csv' : 'upload.geojson';
      const imported = await importBuildings({ db, principal, fileName, content, format: request.query.format, dryRun });
      return { imported, dryRun };
    },
  );

  app.get('/housing/buildings/:id', { schema: { tags, summary: 'One vacant building', security, params: buildingParamsSchema, response: { 200: buildingSchema } } }, async (request) => {
    const principal = housingReader(request.principal);
    return detail(principal, request.params.id);
  });

  app.post(
    '/housing/buildings/:id/project',
    { schema: { tags, summary: 'Turn the building into a candidate transformation project (one call)', security, params: buildingParamsSchema, body: convertBuildingInputSchema, response: { 201: projectSchema } } },
    async (request, reply) => {
      const principal = housingEditor(request.principal);
      const id = await convertBuilding({ db, principal, buildingId: request.params.id, input: request.body });
      return reply.code(201).send(await getProject({ db, principal, id, asOf: today() }));
    },
  );
}
