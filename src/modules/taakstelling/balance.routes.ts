// SPDX-License-Identifier: EUPL-1.2
/** Balances: the province dashboard, the municipality page, and CSV/XLSX exports. */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { balancesCsv, balancesXlsx } from './balances-export.ts';
import { presentMunicipalityBalances, presentPeriodBalances } from './balance.presenter.ts';
import {
  asOfQuerySchema,
  balanceQuerySchema,
  municipalityBalancesSchema,
  municipalityParamsSchema,
  periodBalancesParamsSchema,
  periodBalancesSchema,
} from './balance.schema.ts';
import { todayInNetherlands } from './domain/period.ts';
import { getMunicipalityBalances } from './get-municipality-balances.ts';
import { getPeriodBalances } from './get-period-balances.ts';
import { findMunicipality } from './taakstelling.repository.ts';
import { taakstellingPolicy } from './taakstelling.policy.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const exportQuerySchema = balanceQuerySchema.extend({
  lang: z.enum(['nl', 'en']).optional().describe('Language of the XLSX labels (default nl)'),
});

export async function balanceRoutes(app: ApiApp): Promise<void> {
  const periodBalances = async (principal: Principal, period: string, query: z.infer<typeof balanceQuerySchema>) => {
    authorize(principal, taakstellingPolicy.canReadBalances(principal), 'to read balances');
    return getPeriodBalances({
      db: app.deps.database.db,
      period,
      province: query.province,
      asOf: query.asOf ?? todayInNetherlands(),
      canRead: (municipality) => taakstellingPolicy.canReadBalance(principal, municipality),
    });
  };

  app.get(
    '/taakstelling/:period/balances',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'Balances of a period per municipality (province dashboard), with how each number was computed',
        security,
        params: periodBalancesParamsSchema,
        querystring: balanceQuerySchema,
        response: { 200: periodBalancesSchema },
      },
    },
    async (request) => presentPeriodBalances(await periodBalances(request.principal, request.params.period, request.query)),
  );

  app.get(
    '/taakstelling/:period/balances.csv',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'The same balances as RFC 4180 CSV (UTF-8, one row per municipality by CBS code)',
        security,
        params: periodBalancesParamsSchema,
        querystring: balanceQuerySchema,
      },
    },
    async (request, reply) => {
      const view = await periodBalances(request.principal, request.params.period, request.query);
      const name = `balansen-${view.period}${view.province ? `-${view.province.code}` : ''}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(balancesCsv(view));
    },
  );

  app.get(
    '/taakstelling/:period/balances.xlsx',
    {
      schema: {
        tags: ['taakstelling'],
        summary: 'The same balances as an XLSX workbook (balances, computation, sources)',
        security,
        params: periodBalancesParamsSchema,
        querystring: exportQuerySchema,
      },
    },
    async (request, reply) => {
      const view = await periodBalances(request.principal, request.params.period, request.query);
      const name = `balansen-${view.period}${view.province ? `-${view.province.code}` : ''}.xlsx`;
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(balancesXlsx(view, request.query.lang));
    },
  );

  app.get(
    '/taakstelling/municipalities/:code/balances',
    {
      schema: {
        tags: ['taakstelling'],
        summary: "A municipality's balances over all periods (its own page)",
        security,
        params: municipalityParamsSchema,
        querystring: asOfQuerySchema,
        response: { 200: municipalityBalancesSchema },
      },
    },
    async (request) => {
      const { principal } = request;
      authorize(principal, taakstellingPolicy.canReadBalances(principal), 'to read balances');
      const municipality = await findMunicipality(app.deps.database.db, request.params.code);
      if (!municipality) {
        throw new AppError('NOT_FOUND', `There is no municipality ${request.params.code}.`, { field: 'params.code' });
      }
      authorize(principal, taakstellingPolicy.canReadBalance(principal, municipality), `to read the balances of ${municipality.code}`);
      const view = await getMunicipalityBalances({
        db: app.deps.database.db,
        municipality,
        asOf: request.query.asOf ?? todayInNetherlands(),
      });
      return presentMunicipalityBalances(view);
    },
  );
}
