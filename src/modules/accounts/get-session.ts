// SPDX-License-Identifier: EUPL-1.2
/** The current session as the web app needs it (GET /api/v1/session). */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Authenticated } from '../../shared/principal.ts';
import { loadPeople } from './account.repository.ts';
import { presentAccount } from './account.presenter.ts';
import { csrfTokenFor } from './secrets.ts';
import type { SessionView } from './session.schema.ts';

export type GetSessionOptions = {
  database: Database;
  principal: Authenticated;
  /** The session cookie value; the CSRF token is derived from it. */
  sessionToken: string | undefined;
};

/** The signed-in person and the CSRF token of this session; 401 for API tokens. */
export async function getSession(options: GetSessionOptions): Promise<SessionView> {
  if (options.principal.via !== 'session' || !options.sessionToken) {
    throw new AppError('UNAUTHENTICATED', 'There is no browser session; API tokens have none.');
  }
  const [person] = await loadPeople(options.database.db, { personIds: [options.principal.personId] });
  if (!person) {
    throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  }
  return { person: presentAccount(person), csrfToken: csrfTokenFor(options.sessionToken) };
}
