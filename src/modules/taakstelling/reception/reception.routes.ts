// SPDX-License-Identifier: EUPL-1.2
/**
 * Reception-place targets: safety regions (entered with a source), targets, their distribution
 * over municipalities, entered place counts, and progress per province.
 */
import type { ApiApp } from '../../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../../shared/policy.ts';
import { actorOf } from '../../../shared/principal.ts';
import { todayInNetherlands } from '../domain/period.ts';
import { presentSource } from '../taakstelling.presenter.ts';
import { taakstellingPolicy } from '../taakstelling.policy.ts';
import { createReceptionTarget } from './create-reception-target.ts';
import { distributeReceptionTargetById } from './distribute-reception-target.ts';
import { getReceptionProgress } from './get-reception-progress.ts';
import { listSafetyRegions } from './reception.repository.ts';
import {
  createTargetInputSchema,
  distributeTargetInputSchema,
  distributionResultSchema,
  placeCountInputSchema,
  placeCountSchema,
  progressQuerySchema,
  progressSchema,
  provinceQuerySchema,
  safetyRegionListSchema,
  safetyRegionParamsSchema,
  safetyRegionSchema,
  saveSafetyRegionInputSchema,
  targetParamsSchema,
  targetProgressSchema,
} from './reception.schema.ts';
import { recordPlaceCount } from './record-place-count.ts';
import { saveSafetyRegionWithMembers } from './save-safety-region.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['reception-targets'];

export async function receptionRoutes(app: ApiApp): Promise<void> {
  const db = () => app.deps.database.db;

  app.get(
    '/taakstelling/reception-targets',
    { schema: { tags, summary: 'Reception-place targets of a province and the progress towards them', security, querystring: progressQuerySchema, response: { 200: progressSchema } } },
    async (request) => {
      authorize(request.principal, taakstellingPolicy.canReadReceptionTargets(request.principal), 'to read reception targets');
      const progress = await getReceptionProgress({ db: db(), province: request.query.province, asOf: request.query.asOf ?? todayInNetherlands() });
      return { ...progress, sources: progress.sources.map(presentSource) };
    },
  );

  app.post(
    '/taakstelling/reception-targets',
    { schema: { tags, summary: 'Enter a target for a safety region, province or municipality (its coordinators)', security, body: createTargetInputSchema, response: { 201: targetProgressSchema.pick({ id: true, scopeKind: true, scopeCode: true, kind: true, places: true }) } } },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const target = await createReceptionTarget({
        db: db(),
        actor: actorOf(principal),
        input: request.body,
        canManage: (province) => taakstellingPolicy.canManageReceptionTargets(principal, province),
      });
      return reply.code(201).send({ id: target.id, scopeKind: target.scopeKind, scopeCode: target.scopeCode, kind: target.kind, places: target.places });
    },
  );

  app.post(
    '/taakstelling/reception-targets/:id/distribute',
    { schema: { tags, summary: 'Distribute a target over its municipalities by population share × factor', security, params: targetParamsSchema, body: distributeTargetInputSchema, response: { 200: distributionResultSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const result = await distributeReceptionTargetById({
        db: db(),
        actor: actorOf(principal),
        targetId: request.params.id,
        input: request.body,
        canManage: (province) => taakstellingPolicy.canManageReceptionTargets(principal, province),
      });
      return {
        ...result,
        rows: result.rows.map(({ code, name, population, factor, target, quota, formula }) => ({ code, name, population, factor, target, quota, formula })),
        sources: result.sources.map(presentSource),
      };
    },
  );

  app.get(
    '/taakstelling/safety-regions',
    { schema: { tags, summary: 'Safety regions of a province as entered, with their members and source', security, querystring: provinceQuerySchema, response: { 200: safetyRegionListSchema } } },
    async (request) => {
      authorize(request.principal, taakstellingPolicy.canReadReceptionTargets(request.principal), 'to read safety regions');
      const regions = await listSafetyRegions(db(), request.query.province);
      return { items: regions.map((r) => ({ code: r.code, name: r.name, provinceCode: r.provinceCode, members: r.members, source: presentSource(r.source) })) };
    },
  );

  app.put(
    '/taakstelling/safety-regions/:code',
    { schema: { tags, summary: 'Enter or correct a safety region and its members, with the source (coordinators)', security, params: safetyRegionParamsSchema, body: saveSafetyRegionInputSchema, response: { 200: safetyRegionSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canManageReceptionTargets(principal, request.body.provinceCode), `to manage the safety regions of ${request.body.provinceCode}`);
      await saveSafetyRegionWithMembers({ db: db(), actor: actorOf(principal), code: request.params.code, input: request.body });
      const [saved] = (await listSafetyRegions(db(), request.body.provinceCode)).filter((r) => r.code === request.params.code);
      if (!saved) {
        throw new Error('the safety region was not saved');
      }
      return { code: saved.code, name: saved.name, provinceCode: saved.provinceCode, members: saved.members, source: presentSource(saved.source) };
    },
  );

  app.post(
    '/taakstelling/reception-places',
    { schema: { tags, summary: 'Enter the realised places counted at a location on a date', security, body: placeCountInputSchema, response: { 201: placeCountSchema } } },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const row = await recordPlaceCount({
        db: db(),
        actor: actorOf(principal),
        input: request.body,
        canRecord: (m) => taakstellingPolicy.canRecordPlaceCount(principal, m),
      });
      return reply.code(201).send({
        id: row.id,
        municipalityCode: row.municipalityCode,
        kind: row.kind,
        locationReference: row.locationReference,
        countedOn: row.countedOn,
        places: row.places,
        sourceReference: row.sourceReference,
      });
    },
  );
}
