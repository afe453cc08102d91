// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/practices: the practice library, with Dutch full-text search. */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { practicePolicy } from './practice.policy.ts';
import { presentPractice } from './practice.presenter.ts';
import { findPractice, searchPractices } from './practice.repository.ts';
import { createPracticeInputSchema, practiceListSchema, practiceParamsSchema, practiceSchema, practiceSearchQuerySchema } from './practice.schema.ts';
import { publishPractice } from './publish-practice.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['practices'];

export async function practiceRoutes(app: ApiApp): Promise<void> {
  const db = () => app.deps.database.db;

  app.get('/practices', { schema: { tags, summary: 'Search the practice library (Dutch full text; officials)', security, querystring: practiceSearchQuerySchema, response: { 200: practiceListSchema } } }, async (request) => {
    authorize(request.principal, practicePolicy.canRead(request.principal), 'to read the practice library');
    const rows = await searchPractices(db(), request.query);
    return { total: rows.length, items: rows.map(presentPractice) };
  });

  app.post('/practices', { schema: { tags, summary: "Publish an experience (a municipality's officers; coordinators)", security, body: createPracticeInputSchema, response: { 201: practiceSchema } } }, async (request, reply) => {
    const principal = requireSignedIn(request.principal);
    authorize(principal, practicePolicy.canRead(principal), 'to publish practices');
    return reply.code(201).send(presentPractice(await publishPractice({ db: db(), principal, input: request.body })));
  });

  app.get('/practices/:id', { schema: { tags, summary: 'One practice', security, params: practiceParamsSchema, response: { 200: practiceSchema } } }, async (request) => {
    authorize(request.principal, practicePolicy.canRead(request.principal), 'to read the practice library');
    const row = await findPractice(db(), request.params.id);
    if (!row) {
      throw new AppError('NOT_FOUND', 'There is no such practice.', { field: 'params.id' });
    }
    return presentPractice(row);
  });
}
