// SPDX-License-Identifier: EUPL-1.2
/**
 * /api/v1/taakstelling: national tasks and their distribution over municipalities; the other
 * parts of the module (balances, realisations, supervision, reception targets) register here.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { balanceRoutes } from './balance.routes.ts';
import { realisationRoutes } from './realisation.routes.ts';
import { householdRoutes } from '../households/household.routes.ts';
import { receptionRoutes } from './reception/reception.routes.ts';
import { supervisionRoutes } from './supervision.routes.ts';
import { transferRoutes } from './transfer.routes.ts';
import { distributionCsv } from './distribution-csv.ts';
import { computeDistribution } from './compute-distribution.ts';
import { listNationalTasks } from './taakstelling.repository.ts';
import { taakstellingPolicy } from './taakstelling.policy.ts';
import { presentDistribution, presentNationalTask } from './taakstelling.presenter.ts';
import {
  distributionParamsSchema,
  distributionQuerySchema,
  distributionSchema,
  nationalTaskInputSchema,
  nationalTaskListSchema,
  nationalTaskParamsSchema,
  nationalTaskSchema,
  officialTasksInputSchema,
  officialTasksResultSchema,
  populationReferenceDateInputSchema,
} from './taakstelling.schema.ts';
import { enterNationalTask } from './enter-national-task.ts';
import { importOfficialTasks } from './import-official-tasks.ts';
import { setPopulationReferenceDate } from './set-population-reference-date.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

export async function taakstellingRoutes(app: ApiApp): Promise<void> {
  await app.register(balanceRoutes);
  await app.register(realisationRoutes);
  await app.register(transferRoutes);
  await app.register(supervisionRoutes);
  await app.register(receptionRoutes);
  // Households are their own module; they register here until server/routes.ts lists them.
  await app.register(householdRoutes);
  app.get(
    '/taakstelling/national-tasks',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'National half-year tasks that have a published source',
        response: { 200: nationalTaskListSchema },
      },
    },
    async (request) => {
      authorize(request.principal, taakstellingPolicy.canReadDistribution(request.principal));
      const rows = await listNationalTasks(app.deps.database.db);
      return { items: rows.map(presentNationalTask) };
    },
  );

  app.put(
    '/taakstelling/national-tasks/:period',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Enter the national task of a period, with its backlog and source (province coordinators)',
        description:
          'For a period without a published figure shipped with the product; a shipped period answers 409. ' +
          'Entering again replaces the entry. The source is required.',
        security,
        params: nationalTaskParamsSchema,
        body: nationalTaskInputSchema,
        response: { 200: nationalTaskSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canEnterNationalTask(principal), 'to enter national tasks');
      const saved = await enterNationalTask({
        db: app.deps.database.db,
        actor: actorOf(principal),
        period: request.params.period,
        input: request.body,
      });
      return presentNationalTask(saved);
    },
  );

  app.put(
    '/taakstelling/national-tasks/:period/population-reference-date',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "Set the population reference date of a period's distribution (province coordinators)",
        description:
          'A date with CBS population figures loaded (else 400 naming the field); null restores the default: ' +
          'the latest CBS 1 January figures on or before the first day of the period.',
        security,
        params: nationalTaskParamsSchema,
        body: populationReferenceDateInputSchema,
        response: { 200: nationalTaskSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canEnterNationalTask(principal), 'to set population reference dates');
      const saved = await setPopulationReferenceDate({
        db: app.deps.database.db,
        actor: actorOf(principal),
        period: request.params.period,
        referenceDate: request.body.populationReferenceDate,
      });
      return presentNationalTask(saved);
    },
  );

  app.get(
    '/taakstelling/:period/distribution',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Municipal tasks of a period, with the computation of each',
        params: distributionParamsSchema,
        querystring: distributionQuerySchema,
        response: { 200: distributionSchema },
      },
    },
    async (request) => {
      authorize(request.principal, taakstellingPolicy.canReadDistribution(request.principal));
      const distribution = await computeDistribution({
        db: app.deps.database.db,
        period: request.params.period,
        province: request.query.province,
      });
      return presentDistribution(distribution);
    },
  );

  app.get(
    '/taakstelling/:period/distribution.csv',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'The same distribution as RFC 4180 CSV (code,name,population,task first)',
        params: distributionParamsSchema,
        querystring: distributionQuerySchema,
      },
    },
    async (request, reply) => {
      authorize(request.principal, taakstellingPolicy.canReadDistribution(request.principal));
      const distribution = await computeDistribution({
        db: app.deps.database.db,
        period: request.params.period,
        province: request.query.province,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="taakstelling-${request.params.period}.csv"`)
        .send(distributionCsv(distribution));
    },
  );

  app.post(
    '/taakstelling/:period/official-tasks',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "Import the State's official per-municipality table of a period (replaces an earlier one)",
        description:
          'The official figures then override the computed distribution; `differs` shows where the two differ and ' +
          '`officialSumMismatch` when the table does not sum to the national task (shown, never fixed).',
        security,
        params: distributionParamsSchema,
        body: officialTasksInputSchema,
        response: { 200: officialTasksResultSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, taakstellingPolicy.canImportOfficialTable(principal), 'to import official tables');
      return importOfficialTasks({
        db: app.deps.database.db,
        actor: actorOf(principal),
        period: request.params.period,
        rows: request.body.rows,
        source: request.body.source,
        dryRun: request.body.dryRun,
      });
    },
  );
}
