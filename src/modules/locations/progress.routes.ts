// SPDX-License-Identifier: EUPL-1.2
/** GET /locations/progress: places realised over time per municipality, province or safety region. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { getPlacesRealised } from './get-places-realised.ts';
import { locationPolicy } from './location.policy.ts';
import { progressQuerySchema, progressSchema } from './progress.schema.ts';

export async function progressRoutes(app: ApiApp): Promise<void> {
  app.get(
    '/locations/progress',
    {
      schema: {
        tags: ['locations'],
        summary: 'Places realised over time (capacity and occupancy of opened locations) against the reception targets',
        security: [{ session: [] as string[] }, { token: [] as string[] }],
        querystring: progressQuerySchema,
        response: { 200: progressSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, locationPolicy.canReadProgress(principal), 'to read the progress figures');
      const { scope, code, from, to, interval } = request.query;
      const result = await getPlacesRealised({ db: app.deps.database.db, scope: { kind: scope, code }, from, to, interval });
      // The totals count every opened location; the list names only those the caller may read.
      const visible = result.locations.filter((l) =>
        locationPolicy.canRead(principal, { id: l.id, municipalityCode: l.municipality_code, provinceCode: l.province_code }),
      );
      return {
        ...result,
        locations: visible.map((l) => ({
          id: l.id,
          name: l.name,
          municipalityCode: l.municipality_code,
          kind: l.kind,
          capacity: l.capacity,
          openedOn: l.opened_on,
          closedOn: l.closed_on,
        })),
      };
    },
  );
}
