// SPDX-License-Identifier: EUPL-1.2
/** The session cookie: HttpOnly (no script can read it), SameSite=Strict, Secure behind TLS. */
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../../config/env.ts';
import { sessionCookieName } from './session.schema.ts';

/** Sets the session cookie; it expires with the session. */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  config: AppConfig,
): void {
  reply.setCookie(sessionCookieName, session.token, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: config.secureCookies,
    expires: session.expiresAt,
  });
}

/** Removes the session cookie (sign-out). */
export function clearSessionCookie(reply: FastifyReply, config: AppConfig): void {
  reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: 'strict',
    path: '/',
    secure: config.secureCookies,
  });
}
