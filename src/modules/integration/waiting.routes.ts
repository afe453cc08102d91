// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/integration/…: waiting times per municipality and province, and their thresholds. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, authorizeOrHide, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { getProvinceWaitingTimes } from './get-province-waiting-times.ts';
import { getMunicipalityWaitingTimes, getWaitingList } from './get-waiting-times.ts';
import { integrationPolicy } from './integration.policy.ts';
import {
  asOfQuerySchema,
  municipalityParamsSchema,
  municipalityWaitingTimesSchema,
  provinceParamsSchema,
  provinceWaitingTimesSchema,
  thresholdInputSchema,
  thresholdParamsSchema,
  thresholdsSchema,
  waitingListQuerySchema,
  waitingListSchema,
} from './integration.schema.ts';
import { getThresholds, setThreshold } from './thresholds.ts';
import { presentMunicipalityWaitingTimes, presentProvinceWaitingTimes, presentWaitingList } from './waiting.presenter.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['integration'];

export async function waitingRoutes(app: ApiApp): Promise<void> {
  const db = () => app.deps.database.db;

  app.get(
    '/integration/municipalities/:code/waiting-list',
    {
      schema: {
        tags,
        summary: "The municipality's households waiting past the threshold, longest first (its officers)",
        security,
        params: municipalityParamsSchema,
        querystring: waitingListQuerySchema,
        response: { 200: waitingListSchema },
      },
    },
    async (request) => {
      authorizeOrHide(request.principal, integrationPolicy.canReadMunicipality(request.principal, request.params.code));
      const list = await getWaitingList({ db: db(), municipalityCode: request.params.code, indicator: request.query.indicator, asOf: request.query.asOf });
      return presentWaitingList(list);
    },
  );

  app.get(
    '/integration/municipalities/:code/waiting-times',
    {
      schema: {
        tags,
        summary: "Medians and distributions of the municipality's waiting times per half year (its officers)",
        security,
        params: municipalityParamsSchema,
        querystring: asOfQuerySchema,
        response: { 200: municipalityWaitingTimesSchema },
      },
    },
    async (request) => {
      authorizeOrHide(request.principal, integrationPolicy.canReadMunicipality(request.principal, request.params.code));
      return presentMunicipalityWaitingTimes(await getMunicipalityWaitingTimes({ db: db(), municipalityCode: request.params.code, asOf: request.query.asOf }));
    },
  );

  app.get(
    '/integration/provinces/:code/waiting-times',
    {
      schema: {
        tags,
        summary: 'Waiting-time aggregates of the province and its municipalities; none for fewer than 10 households (its coordinators)',
        security,
        params: provinceParamsSchema,
        response: { 200: provinceWaitingTimesSchema },
      },
    },
    async (request) => {
      authorize(request.principal, integrationPolicy.canReadProvince(request.principal, request.params.code), "to read this province's figures");
      return presentProvinceWaitingTimes(await getProvinceWaitingTimes({ db: db(), provinceCode: request.params.code }));
    },
  );

  app.get(
    '/integration/thresholds',
    { schema: { tags, summary: 'Waiting-time thresholds per indicator', security, response: { 200: thresholdsSchema } } },
    async (request) => {
      authorize(request.principal, integrationPolicy.canReadThresholds(request.principal), 'to read thresholds');
      return { items: await getThresholds({ db: db() }) };
    },
  );

  app.put(
    '/integration/thresholds/:indicator',
    {
      schema: { tags, summary: "Set an indicator's threshold in days (coordinators)", security, params: thresholdParamsSchema, body: thresholdInputSchema, response: { 200: thresholdsSchema } },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, integrationPolicy.canSetThresholds(principal), 'to set thresholds');
      return { items: await setThreshold({ db: db(), actor: actorOf(principal), indicator: request.params.indicator, days: request.body.days }) };
    },
  );
}
