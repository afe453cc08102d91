// SPDX-License-Identifier: EUPL-1.2
/** The id of the person with an e-mail address (command line), or NOT_FOUND naming the option. */
import type { Database } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { findPersonIdByEmail } from './account.repository.ts';
import { emailSchema } from './account.schema.ts';

export type FindPersonByEmailOptions = { database: Database; email: string; field?: string };

/** Looks a person up by e-mail address for the command line. */
export async function findPersonByEmail(options: FindPersonByEmailOptions): Promise<string> {
  const { database, email, field = '--email' } = options;
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field });
  }
  const personId = await findPersonIdByEmail(database.db, parsed.data);
  if (!personId) {
    throw new AppError('NOT_FOUND', `${field}: nobody has the e-mail address ${parsed.data}.`, { field });
  }
  return personId;
}
