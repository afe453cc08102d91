// SPDX-License-Identifier: EUPL-1.2
/** Starts a browser session for a person whose credentials were checked. */
import type { Database, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { loadPeople } from './account.repository.ts';
import { presentAccount } from './account.presenter.ts';
import { deleteExpiredSessions, insertSession } from './credential.repository.ts';
import { csrfTokenFor, hashToken, randomToken } from './secrets.ts';
import type { SessionView } from './session.schema.ts';

export type StartSessionOptions = {
  database: Database;
  personId: string;
  sessionHours: number;
  /** An open transaction to take part in (first-run setup); otherwise one is opened. */
  tx?: Tx;
};

export type StartedSession = {
  /** The cookie value; only its hash is stored. */
  token: string;
  expiresAt: Date;
  session: SessionView;
};

/** Creates the session row and returns the cookie token and the session body. */
export async function startSession(options: StartSessionOptions): Promise<StartedSession> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + options.sessionHours * 3_600_000);
  const work = async (tx: Tx): Promise<StartedSession> => {
    await deleteExpiredSessions(tx, options.personId);
    await insertSession(tx, { personId: options.personId, tokenHash: hashToken(token), expiresAt });
    const [person] = await loadPeople(tx, { personIds: [options.personId] });
    if (!person) {
      throw new AppError('UNAUTHENTICATED', 'The account does not exist.');
    }
    return { token, expiresAt, session: { person: presentAccount(person), csrfToken: csrfTokenFor(token) } };
  };
  if (options.tx) {
    return work(options.tx);
  }
  return inTransaction(options.database.db, `person:${options.personId}`, work);
}
