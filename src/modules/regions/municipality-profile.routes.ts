// SPDX-License-Identifier: EUPL-1.2
/** GET (public) and PUT (scoped) /municipalities/:code/profile: contact points for residents. */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize } from '../../shared/policy.ts';
import { getMunicipalityProfile } from './get-municipality-profile.ts';
import { canReadRegions, requireProfileEditor } from './region.policy.ts';
import { presentMunicipalityProfile } from './region.presenter.ts';
import { municipalityParamsSchema, municipalityProfileInputSchema, municipalityProfileSchema } from './region.schema.ts';
import { updateMunicipalityProfile } from './update-municipality-profile.ts';

const tags = ['regions'];

/** Registers the profile routes (called from regionRoutes). */
export async function municipalityProfileRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;

  app.get(
    '/municipalities/:code/profile',
    {
      schema: {
        tags,
        summary: "A municipality's public contact profile for residents",
        params: municipalityParamsSchema,
        response: { 200: municipalityProfileSchema },
      },
    },
    async (request) => {
      authorize(request.principal, canReadRegions(request.principal));
      return presentMunicipalityProfile(await getMunicipalityProfile({ db, code: request.params.code }));
    },
  );

  app.put(
    '/municipalities/:code/profile',
    {
      schema: {
        tags,
        summary: "Replace a municipality's contact profile (its province coordinator or its officers)",
        security: [{ session: [] as string[] }, { token: [] as string[] }],
        params: municipalityParamsSchema,
        body: municipalityProfileInputSchema,
        response: { 200: municipalityProfileSchema },
      },
    },
    async (request) => {
      const principal = requireProfileEditor(request.principal);
      const result = await updateMunicipalityProfile({ db, principal, code: request.params.code, input: request.body });
      return presentMunicipalityProfile(result);
    },
  );
}
