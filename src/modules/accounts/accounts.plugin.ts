// SPDX-License-Identifier: EUPL-1.2
/** Resolves the caller (session cookie or API token) before any route runs. STUB: anonymous only. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { anonymous } from '../../shared/principal.ts';

export const accountsPlugin = fp(async (app: FastifyInstance) => {
  // Fastify 5 refuses objects as decoration defaults; the hook below sets one per request.
  app.decorateRequest('principal', null as never);
  app.addHook('onRequest', async (request) => {
    request.principal = anonymous;
  });
});
