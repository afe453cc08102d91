// SPDX-License-Identifier: EUPL-1.2
/**
 * The siting weighing under /api/v1/siting: the default criteria, scenarios with weights and
 * criteria, candidates and their values, the weighing itself (both methods, breakdown,
 * sensitivity), comparison of 2-4 candidates and the printable decision memo; facility layers in
 * facility.routes.ts. Each route: validate (zod) → authorize (siting.policy.ts) → use case → present.
 */
import type { ApiApp } from '../../server/api-app.ts';
import type { Principal } from '../../shared/principal.ts';
import { today } from '../locations/location.routes.ts';
import { addCandidate, clearCandidateValue, removeCandidate, setCandidateValue } from './manage-candidates.ts';
import { createScenario } from './create-scenario.ts';
import { defaultCriteria } from './criteria-catalogue.ts';
import { facilityRoutes } from './facility.routes.ts';
import { compareCandidates, getWeighing } from './get-weighing.ts';
import { listScenarios } from './list-scenarios.ts';
import { neighbourRoutes } from './neighbour.routes.ts';
import { renderMemo } from './render-memo.ts';
import { replaceScenarioCriteria, setScenarioWeights } from './set-scenario-weights.ts';
import { presentScenarioSummary } from './siting.presenter.ts';
import { requireWeigher } from './siting.policy.ts';
import { valueImportRoutes } from './value-import.routes.ts';
import {
  candidateInputSchema,
  candidateParamsSchema,
  compareQuerySchema,
  createScenarioInputSchema,
  criteriaInputSchema,
  criterionInputSchema,
  langQuerySchema,
  scenarioListSchema,
  scenarioParamsSchema,
  updateScenarioInputSchema,
  valueInputSchema,
  valueParamsSchema,
  weighingSchema,
  weightsInputSchema,
} from './siting.schema.ts';
import { deleteScenario, updateScenario } from './update-scenario.ts';
import { z } from 'zod';

const tags = ['siting'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

const weigher = requireWeigher;

export async function sitingRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  const weighing = (principal: Principal, id: string) => getWeighing({ db, principal, id });
  const ok = { 200: weighingSchema };

  app.get(
    '/siting/criteria',
    { schema: { tags, summary: 'The default criteria with their rationale from the advice and their data source', security, response: { 200: z.object({ items: z.array(criterionInputSchema) }) } } },
    async (request) => {
      weigher(request.principal);
      return { items: defaultCriteria.map(({ facilityKind, ...c }) => ({ ...c, ...(facilityKind ? { facilityKind } : {}) })) };
    },
  );

  app.get('/siting/scenarios', { schema: { tags, summary: 'Weighing scenarios in your scope', security, response: { 200: scenarioListSchema } } }, async (request) => {
    const principal = weigher(request.principal);
    return { items: (await listScenarios({ db, principal })).map(presentScenarioSummary) };
  });

  app.post(
    '/siting/scenarios',
    { schema: { tags, summary: 'Create a weighing scenario (default criteria unless given)', security, body: createScenarioInputSchema, response: { 201: weighingSchema } } },
    async (request, reply) => {
      const principal = weigher(request.principal);
      const id = await createScenario({ db, principal, input: request.body, today: today() });
      return reply.code(201).send(await weighing(principal, id));
    },
  );

  app.get(
    '/siting/scenarios/:id',
    { schema: { tags, summary: 'The weighing: values with sources, both methods, breakdown and sensitivity', security, params: scenarioParamsSchema, response: ok } },
    async (request) => weighing(weigher(request.principal), request.params.id),
  );

  app.patch(
    '/siting/scenarios/:id',
    { schema: { tags, summary: "Change a scenario's name, description, date or seed", security, params: scenarioParamsSchema, body: updateScenarioInputSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      await updateScenario({ db, principal, id: request.params.id, input: request.body });
      return weighing(principal, request.params.id);
    },
  );

  app.delete('/siting/scenarios/:id', { schema: { tags, summary: 'Delete a scenario', security, params: scenarioParamsSchema } }, async (request, reply) => {
    await deleteScenario({ db, principal: weigher(request.principal), id: request.params.id });
    return reply.code(204).send();
  });

  app.put(
    '/siting/scenarios/:id/weights',
    { schema: { tags, summary: 'Set weights (0 or more, not all 0)', security, params: scenarioParamsSchema, body: weightsInputSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      await setScenarioWeights({ db, principal, id: request.params.id, weights: request.body.weights });
      return weighing(principal, request.params.id);
    },
  );

  app.put(
    '/siting/scenarios/:id/criteria',
    { schema: { tags, summary: 'Replace the criteria set', security, params: scenarioParamsSchema, body: criteriaInputSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      await replaceScenarioCriteria({ db, principal, id: request.params.id, criteria: request.body.criteria });
      return weighing(principal, request.params.id);
    },
  );

  app.post(
    '/siting/scenarios/:id/candidates',
    { schema: { tags, summary: 'Add a registered location as candidate', security, params: scenarioParamsSchema, body: candidateInputSchema, response: { 200: weighingSchema, 201: weighingSchema } } },
    async (request, reply) => {
      const principal = weigher(request.principal);
      const added = await addCandidate({ db, principal, scenarioId: request.params.id, locationId: request.body.locationId });
      return reply.code(added ? 201 : 200).send(await weighing(principal, request.params.id));
    },
  );

  app.delete(
    '/siting/scenarios/:id/candidates/:locationId',
    { schema: { tags, summary: 'Take a candidate out of the scenario', security, params: candidateParamsSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      await removeCandidate({ db, principal, scenarioId: request.params.id, locationId: request.params.locationId });
      return weighing(principal, request.params.id);
    },
  );

  app.put(
    '/siting/scenarios/:id/candidates/:locationId/values/:criterionId',
    { schema: { tags, summary: 'Enter a value with its source (wins over a derived value)', security, params: valueParamsSchema, body: valueInputSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      const { id, locationId, criterionId } = request.params;
      await setCandidateValue({ db, principal, scenarioId: id, locationId, criterionId, ...request.body });
      return weighing(principal, id);
    },
  );

  app.delete(
    '/siting/scenarios/:id/candidates/:locationId/values/:criterionId',
    { schema: { tags, summary: 'Clear an entered value (the derived value returns)', security, params: valueParamsSchema, response: ok } },
    async (request) => {
      const principal = weigher(request.principal);
      const { id, locationId, criterionId } = request.params;
      await clearCandidateValue({ db, principal, scenarioId: id, locationId, criterionId });
      return weighing(principal, id);
    },
  );

  app.get(
    '/siting/scenarios/:id/compare',
    { schema: { tags, summary: 'Compare 2 to 4 candidates side by side', security, params: scenarioParamsSchema, querystring: compareQuerySchema, response: ok } },
    async (request) => compareCandidates({ db, principal: weigher(request.principal), id: request.params.id, locationIds: request.query.candidates }),
  );

  app.get(
    '/siting/scenarios/:id/memo',
    { schema: { tags, summary: 'The printable decision memo (HTML; Dutch, or English with ?lang=en)', security, params: scenarioParamsSchema, querystring: langQuerySchema } },
    async (request, reply) => {
      const view = await weighing(weigher(request.principal), request.params.id);
      return reply.type('text/html; charset=utf-8').send(renderMemo(view, request.query.lang, today()));
    },
  );

  await app.register(facilityRoutes);
  await app.register(neighbourRoutes);
  await app.register(valueImportRoutes);
}
