// SPDX-License-Identifier: EUPL-1.2
/**
 * Who manages an account: a signed-in coordinator (checked against the person's organisation),
 * or the command line, which has the database itself and so needs no policy.
 */
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../db/transaction.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { AppError } from '../../shared/errors.ts';
import { loadPeople, type PersonRow } from './account.repository.ts';
import { canAdministerOrganisation } from './accounts.policy.ts';

export type AccountsCaller = Authenticated | 'cli:user';

/** The audit actor of a caller. */
export function actorFor(caller: AccountsCaller): Actor {
  return caller === 'cli:user' ? caller : actorOf(caller);
}

/**
 * Loads a person the caller may manage. A person outside the coordinator's province answers
 * 404, like one that does not exist, so ids cannot be probed.
 */
export async function loadManagedPerson(ex: Executor, caller: AccountsCaller, personId: string): Promise<PersonRow> {
  const [person] = await loadPeople(ex, { personIds: [personId] });
  if (caller !== 'cli:user') {
    authorizeOrHide(caller, person !== undefined && canAdministerOrganisation(caller, person.organisation));
  }
  if (!person) {
    throw new AppError('NOT_FOUND', 'This person does not exist.', { field: 'params.id' });
  }
  return person;
}
