// SPDX-License-Identifier: EUPL-1.2
/** Who is calling: an API token (Authorization: Bearer), a session cookie, or the public. */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { anonymous, type Principal } from '../../shared/principal.ts';
import { findSessionPrincipal, findTokenPrincipal } from './credential.repository.ts';
import { principalOf } from './grants.ts';
import { csrfTokenFor, hashToken, safeEqual } from './secrets.ts';

export type ResolvePrincipalOptions = {
  database: Database;
  /** The Authorization header, if any. */
  authorization: string | undefined;
  /** The session cookie value, if any. */
  sessionToken: string | undefined;
};

const bearerPattern = /^Bearer\s+([A-Za-z0-9._~+/=-]{1,200})\s*$/i;

/**
 * A bearer token wins over a cookie. A wrong or revoked token is an error (a machine client
 * must notice); a stale cookie is not (the public pages keep working, as the public).
 */
export async function resolvePrincipal(options: ResolvePrincipalOptions): Promise<Principal> {
  if (options.authorization !== undefined) {
    const token = bearerPattern.exec(options.authorization)?.[1];
    if (!token) {
      throw new AppError('UNAUTHENTICATED', 'Send an API token as "Authorization: Bearer <token>".', {
        field: 'headers.authorization',
      });
    }
    const row = await findTokenPrincipal(options.database.db, hashToken(token));
    if (!row) {
      throw new AppError('UNAUTHENTICATED', 'The API token is unknown or revoked.', {
        field: 'headers.authorization',
      });
    }
    return principalOf({ ...row, via: 'token' });
  }
  if (!options.sessionToken || options.sessionToken.length > 200) {
    return anonymous;
  }
  const row = await findSessionPrincipal(options.database.db, hashToken(options.sessionToken));
  return row ? principalOf({ ...row, via: 'session' }) : anonymous;
}

/** Throws CSRF_FAILED unless `header` is the CSRF token of the session. */
export function checkCsrf(sessionToken: string, header: string | string[] | undefined): void {
  if (typeof header === 'string' && safeEqual(header, csrfTokenFor(sessionToken))) {
    return;
  }
  throw new AppError(
    'CSRF_FAILED',
    header === undefined ? 'The x-csrf-token header is missing.' : 'The x-csrf-token header is wrong.',
    { field: 'headers.x-csrf-token' },
  );
}
