// SPDX-License-Identifier: EUPL-1.2
/**
 * Housing projects under /api/v1/housing/projects: list, CSV, create, read, replace, delay a
 * phase, delete. Each route: validate → authorize (housing.policy.ts) → use case → present.
 */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { housingEditor, housingReader, security, tags, today } from './building.routes.ts';
import { getProject } from './get-housing-item.ts';
import { listProjects, projectsCsv } from './list-housing.ts';
import { loadProjectContext } from './project-context.ts';
import { presentProject } from './project.presenter.ts';
import { delayInputSchema, projectInputSchema, projectListQuerySchema, projectListSchema, projectParamsSchema, projectSchema } from './project.schema.ts';
import { createProject } from './create-project.ts';
import { delayProject } from './delay-project.ts';
import { removeProject } from './remove-project.ts';
import { replaceProject } from './replace-project.ts';

export async function projectRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  const presented = async (query: z.infer<typeof projectListQuerySchema>, principal: ReturnType<typeof housingReader>) => {
    const rows = await listProjects({ db, principal, query });
    const context = await loadProjectContext({ db, asOf: today() });
    return rows.map((row) => presentProject(row, context));
  };

  app.get('/housing/projects', { schema: { tags, summary: 'Housing projects: transformation, new build, temporary homes', security, querystring: projectListQuerySchema, response: { 200: projectListSchema } } }, async (request) => {
    const items = await presented(request.query, housingReader(request.principal));
    return { total: items.length, items };
  });

  app.get('/housing/projects.csv', { schema: { tags, summary: 'The projects as CSV', security, querystring: projectListQuerySchema } }, async (request, reply) => {
    const items = await presented(request.query, housingReader(request.principal));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="woningbouwprojecten.csv"').send(projectsCsv(items));
  });

  app.post('/housing/projects', { schema: { tags, summary: 'Add a housing project', security, body: projectInputSchema, response: { 201: projectSchema } } }, async (request, reply) => {
    const principal = housingEditor(request.principal);
    const id = await createProject({ db, principal, input: request.body });
    return reply.code(201).send(await getProject({ db, principal, id, asOf: today() }));
  });

  app.get('/housing/projects/:id', { schema: { tags, summary: 'One housing project, with its persons formula and deliveries', security, params: projectParamsSchema, response: { 200: projectSchema } } }, async (request) => {
    const principal = housingReader(request.principal);
    return getProject({ db, principal, id: request.params.id, asOf: today() });
  });

  app.put('/housing/projects/:id', { schema: { tags, summary: 'Replace a housing project (phases, homes, rents, schedule)', security, params: projectParamsSchema, body: projectInputSchema, response: { 200: projectSchema } } }, async (request) => {
    const principal = housingEditor(request.principal);
    await replaceProject({ db, principal, id: request.params.id, input: request.body });
    return getProject({ db, principal, id: request.params.id, asOf: today() });
  });

  app.post(
    '/housing/projects/:id/delay',
    { schema: { tags, summary: 'Delay a phase: it and every later phase move, and the delivery schedule with them', security, params: projectParamsSchema, body: delayInputSchema, response: { 200: projectSchema } } },
    async (request) => {
      const principal = housingEditor(request.principal);
      await delayProject({ db, principal, id: request.params.id, phase: request.body.phase, months: request.body.months });
      return getProject({ db, principal, id: request.params.id, asOf: today() });
    },
  );

  app.delete('/housing/projects/:id', { schema: { tags, summary: 'Delete a housing project', security, params: projectParamsSchema, response: { 204: z.null().describe('No content') } } }, async (request, reply) => {
    const principal = housingEditor(request.principal);
    await removeProject({ db, principal, id: request.params.id });
    return reply.code(204).send(null);
  });
}
