// SPDX-License-Identifier: EUPL-1.2
/**
 * Values per candidate as a file: POST /siting/scenarios/:id/values/import reads a CSV
 * (location_id, criterion_id, value, source[, note]) all or nothing, `?dryRun=true` checks only;
 * GET /siting/scenarios/:id/values.csv gives the entered values in the same format.
 */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { lineSchema } from '../locations/fields.ts';
import { exportCandidateValues, importCandidateValues } from './import-candidate-values.ts';
import { requireWeigher } from './siting.policy.ts';
import { scenarioParamsSchema } from './siting.schema.ts';

const tags = ['siting'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
/** Largest upload (1 MiB: thousands of values). */
const fileBodyLimit = 1024 * 1024;

const valueImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').describe('true: check the file, write nothing'),
  fileName: lineSchema(200).optional().describe('Name of the file, used in the problems found'),
});
const valueImportResultSchema = z.object({
  rows: z.number().int().describe('Rows read and checked'),
  imported: z.number().int().describe('Values entered or replaced (0 with dryRun)'),
});

export async function valueImportRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fileBodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  app.post(
    '/siting/scenarios/:id/values/import',
    {
      bodyLimit: fileBodyLimit,
      schema: {
        tags,
        summary: 'Import values per candidate with their sources from CSV (location_id, criterion_id, value, source, note), all or nothing',
        security,
        params: scenarioParamsSchema,
        querystring: valueImportQuerySchema,
        body: z.string().describe('The CSV file (text/csv)'),
        response: { 200: valueImportResultSchema, 201: valueImportResultSchema },
      },
    },
    async (request, reply) => {
      const principal = requireWeigher(request.principal);
      const dryRun = request.query.dryRun === 'true';
      const result = await importCandidateValues({
        db,
        principal,
        scenarioId: request.params.id,
        fileName: request.query.fileName ?? 'waarden.csv',
        text: request.body,
        dryRun,
      });
      return reply.code(dryRun ? 200 : 201).send(result);
    },
  );

  app.get(
    '/siting/scenarios/:id/values.csv',
    { schema: { tags, summary: 'The entered values per candidate as CSV, importable again', security, params: scenarioParamsSchema } },
    async (request, reply) => {
      const csv = await exportCandidateValues({ db, principal: requireWeigher(request.principal), scenarioId: request.params.id });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="waarden.csv"').send(csv);
    },
  );
}
