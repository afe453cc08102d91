// SPDX-License-Identifier: EUPL-1.2
/**
 * The reception locations register under /api/v1/locations: list with filters, GeoJSON and CSV of
 * the list, a location page, registration, changes, lifecycle steps and occupancy counts. Each
 * route: validate (zod) → authorize (location.policy.ts) → use case → presenter.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { createLocation } from './create-location.ts';
import { locationParamsSchema } from './fields.ts';
import { getLocation } from './get-location.ts';
import { listLocations, locationsCsv, locationsGeoJson } from './list-locations.ts';
import { locationPolicy } from './location.policy.ts';
import { presentLocation, presentLocationDetail } from './location.presenter.ts';
import {
  createLocationInputSchema,
  locationDetailSchema,
  locationListQuerySchema,
  locationListSchema,
  locationMapSchema,
  occupancyInputSchema,
  occupancyResultSchema,
  stepInputSchema,
  updateLocationInputSchema,
} from './location.schema.ts';
import { locationImportRoutes } from './location-import.routes.ts';
import { progressRoutes } from './progress.routes.ts';
import { recordLocationStep } from './record-location-step.ts';
import { recordOccupancy } from './record-occupancy.ts';
import { updateLocation } from './update-location.ts';

const tags = ['locations'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

/** Today in the server's calendar (steps and counts may not be dated later). */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** Signed in, with a role that uses the register (coordinator, municipal officer, COA officer). */
function registerUser(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, locationPolicy.canUseRegister(person), 'to use the locations register');
  return person;
}

export async function locationRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  const detail = async (principal: Principal, id: string) => presentLocationDetail(await getLocation({ db, principal, id }));

  app.get(
    '/locations',
    { schema: { tags, summary: 'Reception locations in your scope, with filters', security, querystring: locationListQuerySchema, response: { 200: locationListSchema } } },
    async (request) => {
      const principal = registerUser(request.principal);
      const records = await listLocations({ db, principal, query: request.query });
      return { total: records.length, items: records.map(presentLocation) };
    },
  );

  app.get(
    '/locations.geojson',
    { schema: { tags, summary: 'The same list as GeoJSON points (map coloured by status)', security, querystring: locationListQuerySchema, response: { 200: locationMapSchema } } },
    async (request, reply) => {
      const principal = registerUser(request.principal);
      reply.type('application/geo+json; charset=utf-8');
      return locationsGeoJson(await listLocations({ db, principal, query: request.query }));
    },
  );

  app.get(
    '/locations.csv',
    { schema: { tags, summary: 'The same list as CSV', security, querystring: locationListQuerySchema } },
    async (request, reply) => {
      const principal = registerUser(request.principal);
      const csv = locationsCsv(await listLocations({ db, principal, query: request.query }));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="opvanglocaties.csv"').send(csv);
    },
  );

  app.post(
    '/locations',
    { schema: { tags, summary: 'Register a location (municipality derived from the coordinates)', security, body: createLocationInputSchema, response: { 201: locationDetailSchema } } },
    async (request, reply) => {
      const principal = registerUser(request.principal);
      const id = await createLocation({ db, principal, input: request.body, today: today() });
      return reply.code(201).send(await detail(principal, id));
    },
  );

  app.get(
    '/locations/:id',
    { schema: { tags, summary: "A location page's data: location, steps, occupancy, sources", security, params: locationParamsSchema, response: { 200: locationDetailSchema } } },
    async (request) => detail(registerUser(request.principal), request.params.id),
  );

  app.patch(
    '/locations/:id',
    { schema: { tags, summary: 'Change a location (not its status: use steps)', security, params: locationParamsSchema, body: updateLocationInputSchema, response: { 200: locationDetailSchema } } },
    async (request) => {
      const principal = registerUser(request.principal);
      await updateLocation({ db, principal, id: request.params.id, input: request.body });
      return detail(principal, request.params.id);
    },
  );

  app.post(
    '/locations/:id/steps',
    { schema: { tags, summary: 'Record the next lifecycle step (a step back is refused with the reason)', security, params: locationParamsSchema, body: stepInputSchema, response: { 200: locationDetailSchema } } },
    async (request) => {
      const principal = registerUser(request.principal);
      await recordLocationStep({ db, principal, id: request.params.id, step: request.body, today: today() });
      return detail(principal, request.params.id);
    },
  );

  app.post(
    '/locations/:id/occupancy',
    {
      schema: {
        tags,
        summary: 'Record the persons staying on a date (above capacity: recorded and flagged)',
        security,
        params: locationParamsSchema,
        body: occupancyInputSchema,
        response: { 200: occupancyResultSchema, 201: occupancyResultSchema },
      },
    },
    async (request, reply) => {
      const principal = registerUser(request.principal);
      const { warnings, created, ...row } = await recordOccupancy({ db, principal, id: request.params.id, input: request.body, today: today() });
      return reply.code(created ? 201 : 200).send({
        created,
        occupancy: { ...row, aboveCapacity: row.persons > row.capacityAtCount },
        warnings,
      });
    },
  );

  await app.register(progressRoutes);
  await app.register(locationImportRoutes);
}
