// SPDX-License-Identifier: EUPL-1.2
/** /api/v1/households: create, read, list and update pseudonymous households (single reads logged). */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { createHousehold } from './create-household.ts';
import { householdPolicy } from './household.policy.ts';
import { presentHousehold } from './household.presenter.ts';
import { listHouseholds } from './household.repository.ts';
import {
  createHouseholdInputSchema,
  householdByPseudonymParamsSchema,
  householdListQuerySchema,
  householdListSchema,
  householdParamsSchema,
  householdSchema,
  updateHouseholdInputSchema,
} from './household.schema.ts';
import { readHousehold } from './read-household.ts';
import { updateHouseholdById } from './update-household.ts';

const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

export async function householdRoutes(app: ApiApp): Promise<void> {
  app.post(
    '/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Create a household with a random pseudonym (COA officers; municipal officers for their municipality)',
        security,
        body: createHouseholdInputSchema,
        response: { 201: householdSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, householdPolicy.canCreate(principal, request.body.municipalityCode ?? null), 'to create this household');
      const household = await createHousehold({ db: app.deps.database.db, actor: actorOf(principal), input: request.body });
      return reply.code(201).send(presentHousehold(household));
    },
  );

  app.get(
    '/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Households, oldest first (COA officers; municipal officers with ?municipality= of their own)',
        security,
        querystring: householdListQuerySchema,
        response: { 200: householdListSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, householdPolicy.canList(principal, request.query.municipality), 'to list these households');
      const { rows, total } = await listHouseholds(app.deps.database.db, { municipalityCode: request.query.municipality, ...request.query });
      return { total, items: rows.map(presentHousehold) };
    },
  );

  app.get(
    '/households/:id',
    {
      schema: { tags: ['households'], summary: 'One household', security, params: householdParamsSchema, response: { 200: householdSchema } },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      return presentHousehold(await readHousehold({ db: app.deps.database.db, principal, by: { id: request.params.id }, purpose: 'household' }));
    },
  );

  app.get(
    '/households/by-pseudonym/:pseudonym',
    {
      schema: {
        tags: ['households'],
        summary: 'Look a household up by its pseudonym',
        security,
        params: householdByPseudonymParamsSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      return presentHousehold(
        await readHousehold({ db: app.deps.database.db, principal, by: { pseudonym: request.params.pseudonym }, purpose: 'household' }),
      );
    },
  );

  app.patch(
    '/households/:id',
    {
      schema: {
        tags: ['households'],
        summary: 'Change composition, municipality, location or dates, or close the household',
        security,
        params: householdParamsSchema,
        body: updateHouseholdInputSchema,
        response: { 200: householdSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      // The answer shows the household: the read is logged (and a household out of scope is 404, logged).
      await readHousehold({ db: app.deps.database.db, principal, by: { id: request.params.id }, purpose: 'household' });
      const household = await updateHouseholdById({
        db: app.deps.database.db,
        actor: actorOf(principal),
        id: request.params.id,
        input: request.body,
        canAccess: (h) => householdPolicy.canAccess(principal, h),
      });
      return presentHousehold(household);
    },
  );
}
