// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/labour-market: the regional labour market (regions, members, shortages) and its CSV imports. */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { getLabourMarket } from './get-labour-market.ts';
import { importLabourMarket, type LabourMarketFileKind } from './import-labour-market.ts';
import { labourMarketPolicy } from './labour-market.policy.ts';
import { labourMarketImportQuerySchema, labourMarketImportResultSchema, labourMarketSchema } from './labour-market.schema.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const csvBodyLimit = 1024 * 1024;

const imports: { kind: LabourMarketFileKind; path: string; summary: string; description: string }[] = [
  {
    kind: 'regions',
    path: '/labour-market/regions/import',
    summary: 'Import the labour-market regions and their municipalities from a CSV file (text/csv); replaces the classification',
    description: 'Columns: gemeentecode, arbeidsmarktregio, naam_arbeidsmarktregio. A refused file answers 422 IMPORT_INVALID with `errors`: file, line, field, message.',
  },
  {
    kind: 'shortages',
    path: '/labour-market/shortages/import',
    summary: 'Import shortage indicators per labour-market region × ISCO major group from a CSV file (text/csv)',
    description: 'Columns: arbeidsmarktregio, isco_hoofdgroep (0-9), krapte (0 = ruim … 1 = zeer krap), peildatum. Replaces the shortages of the regions in the file.',
  },
];

export async function labourMarketRoutes(app: ApiApp): Promise<void> {
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: csvBodyLimit }, (_request, body, done) => {
    done(null, body);
  });

  app.get(
    '/labour-market',
    {
      schema: {
        tags: ['labour-market'],
        summary: 'The labour-market regions with their municipalities and shortage indicators (examples marked)',
        security,
        response: { 200: labourMarketSchema },
      },
    },
    async (request) => {
      authorize(request.principal, labourMarketPolicy.canRead(request.principal), 'to read the labour market');
      return getLabourMarket({ db: app.deps.database.db });
    },
  );

  for (const spec of imports) {
    app.post(
      spec.path,
      {
        schema: {
          tags: ['labour-market'],
          summary: spec.summary,
          description: spec.description,
          security,
          querystring: labourMarketImportQuerySchema,
          response: { 200: labourMarketImportResultSchema },
        },
      },
      async (request) => {
        const principal = requireSignedIn(request.principal);
        authorize(principal, labourMarketPolicy.canImport(principal), 'to import labour-market data');
        if (typeof request.body !== 'string') {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.', { field: 'body' });
        }
        return importLabourMarket({
          db: app.deps.database.db,
          actor: actorOf(principal),
          kind: spec.kind,
          file: 'upload.csv',
          text: request.body,
          source: request.query.source,
          example: request.query.example,
          dryRun: request.query.dryRun,
        });
      },
    );
  }
}
