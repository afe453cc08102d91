// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/integration/households/…: a household's integration record and tracks (every read logged). */
import type { ApiApp } from '../../server/api-app.ts';
import { requireSignedIn } from '../../shared/policy.ts';
import { addTrack, changeTrack } from './record-track.ts';
import { exportHousehold } from './export-household.ts';
import { getIntegrationRecord } from './get-integration-record.ts';
import { presentIntegrationRecord, presentTrack } from './integration.presenter.ts';
import {
  addTrackInputSchema,
  asOfQuerySchema,
  householdIdParamsSchema,
  integrationProfileInputSchema,
  integrationRecordSchema,
  trackParamsSchema,
  trackSchema,
  updateTrackInputSchema,
} from './integration.schema.ts';
import { householdExportSchema } from './export.schema.ts';
import { setIntegrationProfile } from './set-integration-profile.ts';
import { waitingRoutes } from './waiting.routes.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['integration'];

export async function integrationRoutes(app: ApiApp): Promise<void> {
  const db = () => app.deps.database.db;

  app.get(
    '/integration/households/:id',
    {
      schema: {
        tags,
        summary: "A household's integration record: profile, tracks and waits (its municipality's officers; COA while in reception)",
        security,
        params: householdIdParamsSchema,
        querystring: asOfQuerySchema,
        response: { 200: integrationRecordSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const record = await getIntegrationRecord({ db: db(), principal, householdId: request.params.id, asOf: request.query.asOf });
      return presentIntegrationRecord(record);
    },
  );

  app.put(
    '/integration/households/:id',
    {
      schema: {
        tags,
        summary: "Set a household's integration record (fields left out keep their value)",
        security,
        params: householdIdParamsSchema,
        body: integrationProfileInputSchema,
        response: { 200: integrationRecordSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const record = await setIntegrationProfile({ db: db(), principal, householdId: request.params.id, input: request.body });
      return presentIntegrationRecord(record);
    },
  );

  app.post(
    '/integration/households/:id/tracks',
    {
      schema: { tags, summary: 'Start a track (language, education, work, civic integration)', security, params: householdIdParamsSchema, body: addTrackInputSchema, response: { 201: trackSchema } },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const track = await addTrack({ db: db(), principal, householdId: request.params.id, input: request.body });
      return reply.code(201).send(presentTrack(track));
    },
  );

  app.patch(
    '/integration/tracks/:trackId',
    {
      schema: { tags, summary: "Change a track's dates (end it)", security, params: trackParamsSchema, body: updateTrackInputSchema, response: { 200: trackSchema } },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      return presentTrack(await changeTrack({ db: db(), principal, trackId: request.params.trackId, input: request.body }));
    },
  );

  app.get(
    '/integration/households/:id/export',
    {
      schema: {
        tags,
        summary: 'Everything Regietafel holds about one household, as JSON (right of access, AVG art. 15; its municipality)',
        security,
        params: householdIdParamsSchema,
        response: { 200: householdExportSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      return exportHousehold({ db: db(), principal, householdId: request.params.id });
    },
  );

  await app.register(waitingRoutes);
}
