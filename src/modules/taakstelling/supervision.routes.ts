// SPDX-License-Identifier: EUPL-1.2
/**
 * Supervision: the province overview, a municipality's history (the province and the
 * municipality concerned), a coordinator's decision, and the province's proposal thresholds.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { asOfQuerySchema, municipalityParamsSchema } from './balance.schema.ts';
import { decideSupervisionStep } from './decide-supervision-step.ts';
import { todayInNetherlands } from './domain/period.ts';
import { getMunicipalitySupervision, getSupervisionOverview } from './get-supervision.ts';
import { setSupervisionThresholds } from './set-supervision-thresholds.ts';
import { presentMunicipalitySupervision, presentSupervisionOverview, presentTransition } from './supervision.presenter.ts';
import {
  decideStepInputSchema,
  municipalitySupervisionSchema,
  provinceParamsSchema,
  supervisionOverviewSchema,
  supervisionQuerySchema,
  thresholdsSchema,
  transitionSchema,
} from './supervision.schema.ts';
import { findMunicipality, findProvince } from './taakstelling.repository.ts';
import { taakstellingPolicy } from './taakstelling.policy.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

export async function supervisionRoutes(app: ApiApp): Promise<void> {
  const municipalityOf = async (code: string) => {
    const municipality = await findMunicipality(app.deps.database.db, code);
    if (!municipality) {
      throw new AppError('NOT_FOUND', `There is no municipality ${code}.`, { field: 'params.code' });
    }
    return municipality;
  };

  app.get(
    '/taakstelling/supervision',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "Each municipality's step on the intervention ladder, with the system's proposal",
        security,
        querystring: supervisionQuerySchema,
        response: { 200: supervisionOverviewSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const view = await getSupervisionOverview({
        db: app.deps.database.db,
        province: request.query.province,
        asOf: request.query.asOf ?? todayInNetherlands(),
        canRead: (m) => taakstellingPolicy.canReadSupervision(principal, m),
      });
      return presentSupervisionOverview(view);
    },
  );

  app.get(
    '/taakstelling/municipalities/:code/supervision',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "A municipality's supervision history (the province and the municipality concerned)",
        security,
        params: municipalityParamsSchema,
        querystring: asOfQuerySchema,
        response: { 200: municipalitySupervisionSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const municipality = await municipalityOf(request.params.code);
      authorize(principal, taakstellingPolicy.canReadSupervision(principal, municipality), `to read the supervision of ${municipality.code}`);
      const view = await getMunicipalitySupervision({
        db: app.deps.database.db,
        municipality,
        asOf: request.query.asOf ?? todayInNetherlands(),
      });
      return presentMunicipalitySupervision(view);
    },
  );

  app.post(
    '/taakstelling/municipalities/:code/supervision',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "Decide a municipality's step (a coordinator of its province); recorded in the audit trail",
        security,
        params: municipalityParamsSchema,
        body: decideStepInputSchema,
        response: { 201: transitionSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const municipality = await municipalityOf(request.params.code);
      authorize(principal, taakstellingPolicy.canDecideSupervision(principal, municipality), `to decide on the supervision of ${municipality.code}`);
      const transition = await decideSupervisionStep({
        db: app.deps.database.db,
        actor: actorOf(principal),
        municipality,
        input: request.body,
      });
      return reply.code(201).send(presentTransition(transition));
    },
  );

  app.put(
    '/taakstelling/provinces/:code/supervision-thresholds',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "Set the province's thresholds for the ladder proposals (its coordinators)",
        security,
        params: provinceParamsSchema,
        body: thresholdsSchema,
        response: { 200: thresholdsSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canSetThresholds(principal, request.params.code), `to set the thresholds of ${request.params.code}`);
      if (!(await findProvince(app.deps.database.db, request.params.code))) {
        throw new AppError('NOT_FOUND', `There is no province ${request.params.code}.`, { field: 'params.code' });
      }
      const saved = await setSupervisionThresholds({
        db: app.deps.database.db,
        actor: actorOf(principal),
        provinceCode: request.params.code,
        thresholds: request.body,
      });
      return { signalShortfall: saved.signalShortfall, talkBacklogShare: saved.talkBacklogShare, warningPeriods: saved.warningPeriods };
    },
  );
}
