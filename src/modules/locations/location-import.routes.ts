// SPDX-License-Identifier: EUPL-1.2
/**
 * POST /locations/import: register many locations from a GeoJSON (application/geo+json or
 * application/json) or CSV (text/csv) file, all or nothing; `?dryRun=true` checks without
 * writing. The exports (/locations.geojson, /locations.csv) are in location.routes.ts.
 */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { lineSchema } from './fields.ts';
import { importLocations } from './import-locations.ts';
import { locationPolicy } from './location.policy.ts';
import { today } from './location.routes.ts';

/** Largest upload (2 MiB: some thousands of locations). */
const fileBodyLimit = 2 * 1024 * 1024;

export const locationImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false').describe('true: check the file, write nothing'),
  fileName: lineSchema(200).optional().describe('Name of the file, used in the problems found'),
});

export const locationImportResultSchema = z.object({
  rows: z.number().int().describe('Rows read and checked'),
  imported: z.number().int().describe('Locations registered (0 with dryRun)'),
  ids: z.array(z.string()).describe('Ids of the new locations, in file order'),
});

export async function locationImportRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  app.addContentTypeParser(['application/geo+json', 'text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: fileBodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  app.post(
    '/locations/import',
    {
      bodyLimit: fileBodyLimit,
      schema: {
        tags: ['locations'],
        summary: 'Import locations from GeoJSON Points or CSV (longitude, latitude, name, kind, ...), all or nothing',
        security: [{ session: [] as string[] }, { token: [] as string[] }],
        querystring: locationImportQuerySchema,
        response: { 200: locationImportResultSchema, 201: locationImportResultSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, locationPolicy.canUseRegister(principal), 'to use the locations register');
      const isCsv = /csv/.test(String(request.headers['content-type'] ?? ''));
      const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body ?? null, null, 1);
      const dryRun = request.query.dryRun === 'true';
      const result = await importLocations({
        db,
        principal,
        fileName: request.query.fileName ?? (isCsv ? 'upload.csv' : 'upload.geojson'),
        text,
        format: isCsv ? 'csv' : 'geojson',
        dryRun,
        today: today(),
      });
      return reply.code(dryRun ? 200 : 201).send(result);
    },
  );
}
