// SPDX-License-Identifier: EUPL-1.2
/**
 * The forecast against the taakstelling (per municipality and for the province, JSON, CSV and
 * XLSX) and the mixed-groups indicator, under /api/v1/housing.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf, type Principal } from '../../shared/principal.ts';
import { housingReader, security, tags, today } from './building.routes.ts';
import { forecastCsv, forecastXlsx } from './forecast-export.ts';
import { forecastQuerySchema, forecastSchema, mixedGroupsQuerySchema, mixedGroupsSchema, type ForecastQuery } from './forecast.schema.ts';
import { getForecast } from './get-forecast.ts';
import { getMixedGroups } from './get-mixed-groups.ts';
import { housingPolicy } from './housing.policy.ts';
import { listProjects } from './list-housing.ts';
import { loadProjectContext } from './project-context.ts';
import { presentProject } from './project.presenter.ts';
import { listRentLimits } from './list-rent-limits.ts';
import { rentLimitInputSchema, rentLimitListSchema } from './rent-limit.schema.ts';
import { setRentLimit } from './set-rent-limit.ts';

export async function forecastRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  const forecastFor = (principal: Principal, query: ForecastQuery) => {
    const person = requireSignedIn(principal);
    authorize(person, housingPolicy.canReadForecast(person), 'to read the forecast');
    return getForecast({ db, query, today: today(), canRead: (ref) => housingPolicy.canReadForecastOf(person, ref) });
  };

  app.get('/housing/forecast', { schema: { tags, summary: 'Forecast of the taakstelling per municipality and period: realised + expected from projects, and the gap', security, querystring: forecastQuerySchema, response: { 200: forecastSchema } } }, async (request) =>
    forecastFor(request.principal, request.query),
  );

  app.get('/housing/forecast.csv', { schema: { tags, summary: 'The forecast as CSV', security, querystring: forecastQuerySchema } }, async (request, reply) => {
    const forecast = await forecastFor(request.principal, request.query);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="prognose-taakstelling.csv"').send(forecastCsv(forecast));
  });

  app.get('/housing/forecast.xlsx', { schema: { tags, summary: 'The forecast and its projects as an XLSX workbook', security, querystring: forecastQuerySchema } }, async (request, reply) => {
    const forecast = await forecastFor(request.principal, request.query);
    const principal = housingReader(request.principal);
    const rows = await listProjects({ db, principal, query: { province: request.query.province, municipality: request.query.municipality } });
    const context = await loadProjectContext({ db, asOf: forecast.asOf });
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', 'attachment; filename="prognose-taakstelling.xlsx"')
      .send(forecastXlsx(forecast, rows.map((row) => presentProject(row, context))));
  });

  app.get('/housing/rent-limits', { schema: { tags, summary: 'Rent limits per year: liberalisatiegrens and mid-rent upper bound, with sources', security, response: { 200: rentLimitListSchema } } }, async (request) => {
    housingReader(request.principal);
    return { items: (await listRentLimits({ db })).sort((a, b) => a.year - b.year) };
  });

  app.put('/housing/rent-limits', { schema: { tags, summary: 'Add or correct the rent limits of a year, with their source (coordinators)', security, body: rentLimitInputSchema, response: { 200: rentLimitListSchema } } }, async (request) => {
    const person = requireSignedIn(request.principal);
    authorize(person, housingPolicy.canBroker(person), 'to set rent limits');
    await setRentLimit({ db, actor: actorOf(person), input: request.body });
    return { items: (await listRentLimits({ db })).sort((a, b) => a.year - b.year) };
  });

  app.get('/housing/mixed-groups', { schema: { tags, summary: 'How much of the projects is not only for status holders, per municipality', security, querystring: mixedGroupsQuerySchema, response: { 200: mixedGroupsSchema } } }, async (request) => {
    housingReader(request.principal);
    return getMixedGroups({ db, province: request.query.province, municipality: request.query.municipality });
  });
}
