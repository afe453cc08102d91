// SPDX-License-Identifier: EUPL-1.2
/** GET /siting/scenarios/:id/neighbours: without a good candidate, what the neighbouring municipalities offer. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { neighboursQuerySchema, neighboursSchema } from './neighbours.schema.ts';
import { offerNeighbourCandidates } from './offer-neighbour-candidates.ts';
import { scenarioParamsSchema } from './siting.schema.ts';
import { sitingPolicy } from './siting.policy.ts';

export async function neighbourRoutes(app: ApiApp): Promise<void> {
  app.get(
    '/siting/scenarios/:id/neighbours',
    {
      schema: {
        tags: ['siting'],
        summary: 'Across borders: whether a municipality has a good candidate and, if not, the locations in its neighbouring municipalities',
        security: [{ session: [] as string[] }, { token: [] as string[] }],
        params: scenarioParamsSchema,
        querystring: neighboursQuerySchema,
        response: { 200: neighboursSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, sitingPolicy.canUseWeighing(principal), 'to use the siting weighing');
      const { municipality, threshold } = request.query;
      return offerNeighbourCandidates({ db: app.deps.database.db, principal, id: request.params.id, municipalityCode: municipality, threshold });
    },
  );
}
