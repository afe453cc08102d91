// SPDX-License-Identifier: EUPL-1.2
/** API tokens for machine clients: create (shown once), list and revoke one's own. */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { presentApiToken } from './account.presenter.ts';
import { canManageOwnTokens } from './accounts.policy.ts';
import { createApiToken } from './create-api-token.ts';
import { listApiTokens } from './list-api-tokens.ts';
import { revokeApiToken } from './revoke-api-token.ts';
import {
  apiTokenListSchema,
  createApiTokenInputSchema,
  createdApiTokenSchema,
  tokenIdParamsSchema,
} from './session.schema.ts';

const security: Record<string, string[]>[] = [{ session: [] }];

/** POST/GET /tokens and DELETE /tokens/:id. */
export async function tokenRoutes(app: ApiApp): Promise<void> {
  const { database } = app.deps;

  app.post(
    '/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token (returned once)',
        security,
        body: createApiTokenInputSchema,
        response: { 201: createdApiTokenSchema },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageOwnTokens(principal), 'to manage API tokens with an API token');
      const created = await createApiToken({ database, principal, name: request.body.name });
      return reply.code(201).send({ ...presentApiToken(created), token: created.token });
    },
  );

  app.get(
    '/tokens',
    { schema: { tags: ['tokens'], summary: 'Your API tokens', security, response: { 200: apiTokenListSchema } } },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageOwnTokens(principal), 'to manage API tokens with an API token');
      return { items: (await listApiTokens({ database, principal })).map(presentApiToken) };
    },
  );

  app.delete(
    '/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of your API tokens',
        security,
        params: tokenIdParamsSchema,
        response: { 204: z.null().describe('No content') },
      },
    },
    async (request, reply) => {
      const principal = requireSignedIn(request.principal);
      authorize(principal, canManageOwnTokens(principal), 'to manage API tokens with an API token');
      await revokeApiToken({ database, principal, tokenId: request.params.id });
      return reply.code(204).send(null);
    },
  );
}
