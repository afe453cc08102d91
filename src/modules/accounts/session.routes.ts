// SPDX-License-Identifier: EUPL-1.2
/**
 * Sign-in, session, password and first-run routes. Sign-in, setting a password with a one-time
 * token and first-run setup carry their own secret and need no session: they skip the CSRF check.
 */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { requireSignedIn } from '../../shared/policy.ts';
import { completeSetup } from './complete-setup.ts';
import { isSetupNeeded } from './get-setup-status.ts';
import { getSession } from './get-session.ts';
import { clearSessionCookie, setSessionCookie } from './session-cookie.ts';
import {
  sessionCookieName,
  sessionSchema,
  setPasswordInputSchema,
  setupInputSchema,
  setupStatusSchema,
  signInInputSchema,
} from './session.schema.ts';
import { setPassword } from './set-password.ts';
import { signIn } from './sign-in.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';
import { signOut } from './sign-out.ts';

const noContent = z.null().describe('No content');
const exempt = { csrf: 'exempt' as const };

/** POST/GET/DELETE /session, POST /password, GET/POST /setup. */
export async function sessionRoutes(app: ApiApp, options: { limiter: SignInLimiter }): Promise<void> {
  const { config, database } = app.deps;

  app.post(
    '/session',
    {
      config: exempt,
      schema: {
        tags: ['session'],
        summary: 'Sign in; sets the session cookie and returns the CSRF token',
        body: signInInputSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const started = await signIn({
        database,
        limiter: options.limiter,
        input: request.body,
        ip: request.ip,
        sessionHours: config.sessionHours,
      });
      setSessionCookie(reply, started, config);
      return started.session;
    },
  );

  app.get(
    '/session',
    {
      schema: { tags: ['session'], summary: 'The current session (401 when signed out)', response: { 200: sessionSchema } },
    },
    async (request) => {
      const principal = requireSignedIn(request.principal);
      return getSession({ database, principal, sessionToken: request.cookies[sessionCookieName] });
    },
  );

  app.delete(
    '/session',
    {
      schema: { tags: ['session'], summary: 'Sign out (also when already signed out)', response: { 204: noContent } },
    },
    async (request, reply) => {
      if (request.principal.kind === 'person') {
        await signOut({ database, principal: request.principal });
      }
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/password',
    {
      config: exempt,
      schema: {
        tags: ['session'],
        summary: 'Set a password with a one-time token (first password or reset); ends all sessions',
        body: setPasswordInputSchema,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      await setPassword({ database, token: request.body.token, newPassword: request.body.newPassword });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/setup',
    {
      schema: { tags: ['session'], summary: 'Whether first-run setup is needed', response: { 200: setupStatusSchema } },
    },
    async () => ({ needed: await isSetupNeeded({ ex: database.db }) }),
  );

  app.post(
    '/setup',
    {
      config: exempt,
      schema: {
        tags: ['session'],
        summary: 'First run: create the first province coordinator with the setup token from the server log',
        body: setupInputSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) => {
      const started = await completeSetup({ database, input: request.body, sessionHours: config.sessionHours });
      setSessionCookie(reply, started, config);
      return reply.code(201).send(started.session);
    },
  );
}
