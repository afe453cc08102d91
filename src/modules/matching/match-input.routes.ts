// SPDX-License-Identifier: EUPL-1.2
/**
 * Inputs of the placement scores: a household's match profile (COA officers, and the officers of
 * its municipality, as in household.policy.ts; the read is logged, a household out of scope is 404) and a municipality's care and available homes (its
 * officers and its province's coordinators).
 */
import type { ApiApp } from '../../server/api-app.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, coversMunicipality, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { findMunicipalityScope } from '../households/household.repository.ts';
import { readHousehold } from '../households/read-household.ts';
import {
  householdIdParamsSchema,
  matchProfileInputSchema,
  matchProfileSchema,
  municipalityCodeParamsSchema,
  municipalityInputSchema,
  municipalityInputViewSchema,
} from './proposal.schema.ts';
import { setMatchProfile } from './set-match-profile.ts';
import { setMunicipalityInput } from './set-municipality-input.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const tags = ['matching'];

export async function matchInputRoutes(app: ApiApp): Promise<void> {
  app.put(
    '/matching/households/:id/profile',
    { schema: { tags, summary: 'What the match uses of a household: ISCO major group, family ties, care need', security, params: householdIdParamsSchema, body: matchProfileInputSchema, response: { 200: matchProfileSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const household = await readHousehold({ db: app.deps.database.db, principal, by: { id: request.params.id }, purpose: 'match_profile' });
      return setMatchProfile({ db: app.deps.database.db, actor: actorOf(principal), householdId: household.id, input: request.body });
    },
  );

  app.put(
    '/matching/municipalities/:code/inputs',
    { schema: { tags, summary: 'Care available and available homes by size in a municipality (for the scores)', security, params: municipalityCodeParamsSchema, body: municipalityInputSchema, response: { 200: municipalityInputViewSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      const municipality = await findMunicipalityScope(app.deps.database.db, request.params.code);
      if (!municipality) {
        throw new AppError('NOT_FOUND', `There is no municipality ${request.params.code}.`, { field: 'params.code' });
      }
      authorize(principal, coversMunicipality(principal, municipality), `to enter the inputs of ${municipality.code}`);
      return setMunicipalityInput({ db: app.deps.database.db, actor: actorOf(principal), municipalityCode: municipality.code, input: request.body });
    },
  );
}
