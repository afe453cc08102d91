// SPDX-License-Identifier: EUPL-1.2
/** Resolves the caller (session cookie or API token) before any route runs. STUB: anonymous only. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { anonymous, type Principal } from '../../shared/principal.ts';

export const accountsPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('principal', anonymous as Principal);
  app.addHook('onRequest', async (request) => {
    request.principal = anonymous;
  });
});
