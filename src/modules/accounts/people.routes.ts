// SPDX-License-Identifier: EUPL-1.2
/** Account administration: organisations and people (province coordinators manage them). */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { presentOrganisation, presentPerson } from './account.presenter.ts';
import {
  createdPersonSchema,
  createOrganisationInputSchema,
  createPersonInputSchema,
  organisationListSchema,
  organisationSchema,
  passwordTokenSchema,
  personIdParamsSchema,
  personListSchema,
  personSchema,
} from './account.schema.ts';
import { canListAccounts, canManageAccounts } from './accounts.policy.ts';
import { createOrganisation } from './create-organisation.ts';
import { createPerson } from './create-person.ts';
import { deactivatePerson } from './deactivate-person.ts';
import { listOrganisations } from './list-organisations.ts';
import { listPeople } from './list-people.ts';
import { resetPassword } from './reset-password.ts';

const security: Record<string, string[]>[] = [{ session: [] }, { token: [] }];
const tags = ['accounts'];

/** GET/POST /organisations and /people, deactivation and password reset. */
export async function peopleRoutes(app: ApiApp): Promise<void> {
  const { database } = app.deps;

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: "Organisations (a coordinator's province, else your own)",
        security,
        response: { 200: organisationListSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canListAccounts(principal));
      return { items: (await listOrganisations({ database, principal })).map(presentOrganisation) };
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Add an organisation (province coordinator)',
        security,
        body: createOrganisationInputSchema,
        response: { 201: organisationSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageAccounts(principal), 'to manage organisations');
      const organisation = await createOrganisation({ database, principal, input: request.body });
      return reply.code(201).send(presentOrganisation(organisation));
    },
  );

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: "People (a coordinator's province, else only yourself)",
        security,
        response: { 200: personListSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canListAccounts(principal));
      return { items: (await listPeople({ database, principal })).map(presentPerson) };
    },
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Add a person with roles; returns a one-time set-password token (province coordinator)',
        security,
        body: createPersonInputSchema,
        response: { 201: createdPersonSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageAccounts(principal), 'to manage people');
      const created = await createPerson({ database, principal, input: request.body });
      return reply.code(201).send({
        person: presentPerson(created.person),
        setPasswordToken: {
          token: created.setPasswordToken.token,
          expiresAt: created.setPasswordToken.expiresAt.toISOString(),
        },
      });
    },
  );

  app.post(
    '/people/:id/deactivate',
    {
      schema: {
        tags,
        summary: 'Deactivate an account; ends its sessions and tokens (province coordinator)',
        security,
        params: personIdParamsSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageAccounts(principal), 'to manage people');
      return presentPerson(await deactivatePerson({ database, caller: principal, personId: request.params.id }));
    },
  );

  app.post(
    '/people/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Issue a one-time password reset token, valid 24 hours (province coordinator)',
        security,
        params: personIdParamsSchema,
        response: { 200: passwordTokenSchema },
      },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageAccounts(principal), 'to manage people');
      const issued = await resetPassword({ database, caller: principal, personId: request.params.id });
      return { token: issued.token, expiresAt: issued.expiresAt.toISOString() };
    },
  );
}
