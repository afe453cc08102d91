// SPDX-License-Identifier: EUPL-1.2
/**
 * /api/v1/matching/proposals/{id}/scores: import a score matrix from an external predictive model
 * (text/csv or application/json) for a draft proposal, or remove it. Same access as the proposal:
 * its province's coordinators only.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { importScoreMatrix } from './import-score-matrix.ts';
import { usableProposal } from './proposal-access.ts';
import { proposalParamsSchema } from './proposal.schema.ts';
import { removeScoreMatrix } from './remove-score-matrix.ts';
import { scoreMatrixImportQuerySchema, scoreMatrixImportResultSchema } from './score-matrix.schema.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['matching'];
/** A province's households × municipalities (a few thousand × a few dozen rows) fits easily. */
const matrixBodyLimit = 32 * 1024 * 1024;

export async function scoreMatrixRoutes(app: ApiApp): Promise<void> {
  app.addContentTypeParser(['text/csv', 'application/csv'], { parseAs: 'string', bodyLimit: matrixBodyLimit }, (_request, body, done) => {
    done(null, body);
  });
  const db = () => app.deps.database.db;

  app.put(
    '/matching/proposals/:id/scores',
    {
      bodyLimit: matrixBodyLimit,
      schema: {
        tags,
        summary: "Import a score matrix from an external predictive model for a draft proposal; its next run uses it instead of the formula",
        description:
          'text/csv with columns huishouden (pseudonym), gemeentecode, score; or application/json {"scores":[{"household","municipality","score"}]}. ' +
          'A score is a number from 0 to 1; empty or null forbids the pair. Every household of the last run needs a row for every municipality. ' +
          'A refused file answers 422 IMPORT_INVALID with `errors`: file, line (CSV), field, message; nothing is stored.',
        security,
        params: proposalParamsSchema,
        querystring: scoreMatrixImportQuerySchema,
        response: { 200: scoreMatrixImportResultSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usableProposal(db(), principal, request.params.id);
      const csv = typeof request.body === 'string';
      if (!csv && (typeof request.body !== 'object' || request.body === null)) {
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the matrix as text/csv or application/json.', { field: 'body' });
      }
      return importScoreMatrix({
        db: db(),
        actor: actorOf(principal),
        proposalId: proposal.id,
        file: csv ? 'upload.csv' : 'upload.json',
        content: request.body,
        format: csv ? 'csv' : 'json',
        source: request.query.source,
        dryRun: request.query.dryRun,
      });
    },
  );

  app.delete(
    '/matching/proposals/:id/scores',
    { schema: { tags, summary: 'Remove the imported score matrix of a draft proposal: its next run uses the formula again', security, params: proposalParamsSchema } },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      const proposal = await usableProposal(db(), principal, request.params.id);
      await removeScoreMatrix({ db: db(), actor: actorOf(principal), proposalId: proposal.id });
      return reply.code(204).send();
    },
  );
}
