// SPDX-License-Identifier: EUPL-1.2
/**
 * Resolves the caller (API token or session cookie) before any route runs, and refuses
 * cookie-authenticated writes without the session's CSRF token. One indexed query per API
 * request; other paths (the web app's files) are served as the public without a query.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { anonymous } from '../../shared/principal.ts';
import { checkCsrf, resolvePrincipal } from './resolve-principal.ts';
import { prepareDummyHash } from './secrets.ts';
import { csrfHeaderName, sessionCookieName } from './session.schema.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * 'exempt' for routes that carry their own secret and need no session (sign-in, first-run
     * setup, setting a password with a one-time token): they skip the CSRF check.
     */
    csrf?: 'exempt';
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sets `request.principal` on every request and enforces CSRF on cookie-authenticated writes. */
export const accountsPlugin = fp(async (app: FastifyInstance) => {
  // Fastify 5 refuses objects as decoration defaults; the hook below sets one per request.
  app.decorateRequest('principal', null as never);
  await prepareDummyHash();
  app.addHook('onRequest', async (request) => {
    request.principal = anonymous;
    if (!request.url.startsWith('/api/')) {
      return;
    }
    const sessionToken = request.cookies[sessionCookieName];
    const principal = await resolvePrincipal({
      database: app.deps.database,
      authorization: request.headers.authorization,
      sessionToken,
    });
    request.principal = principal;
    if (
      principal.kind === 'person' &&
      principal.via === 'session' &&
      sessionToken !== undefined &&
      unsafeMethods.has(request.method) &&
      request.routeOptions.config?.csrf !== 'exempt'
    ) {
      checkCsrf(sessionToken, request.headers[csrfHeaderName]);
    }
  });
});
