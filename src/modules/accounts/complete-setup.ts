// SPDX-License-Identifier: EUPL-1.2
/**
 * First-run setup: with the setup token from the server's output, creates the organisation
 * "Provincie <name>" and its first province coordinator, and signs that person in.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { findOrganisationByCode, insertOrganisation, isUniqueViolation } from './account.repository.ts';
import { insertPersonWithGrants } from './create-person.ts';
import { isSetupNeeded } from './get-setup-status.ts';
import { consumeSetupToken } from './one-time-token.repository.ts';
import { provinceOrganisationName } from './province-names.ts';
import { hashPassword, hashToken } from './secrets.ts';
import type { SetupInput } from './session.schema.ts';
import { startSession, type StartedSession } from './start-session.ts';

export type CompleteSetupOptions = { database: Database; input: SetupInput; sessionHours: number };

/** Refuses once a coordinator exists (CONFLICT) or with a wrong token (VALIDATION_FAILED). */
export async function completeSetup({ database, input, sessionHours }: CompleteSetupOptions): Promise<StartedSession> {
  const organisationName = provinceOrganisationName(input.provinceCode);
  if (!organisationName) {
    throw new AppError('VALIDATION_FAILED', 'There is no province with this code.', { field: 'body.provinceCode' });
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await inTransaction(database.db, 'system:first-run', async (tx) => {
      // The token row lock serialises racing setups; the count is read after it.
      const tokenValid = await consumeSetupToken(tx, hashToken(input.setupToken));
      if (!(await isSetupNeeded({ ex: tx }))) {
        throw new AppError('CONFLICT', 'Setup is already done: a province coordinator exists.');
      }
      if (!tokenValid) {
        const message = 'The setup token is wrong or expired. Restart the server for a new one.';
        throw new AppError('VALIDATION_FAILED', message, { field: 'body.setupToken' });
      }
      const organisation =
        (await findOrganisationByCode(tx, 'province', input.provinceCode)) ??
        (await insertOrganisation(tx, {
          kind: 'province',
          name: organisationName,
          code: input.provinceCode,
          provinceCode: input.provinceCode,
        }));
      const personId = await insertPersonWithGrants(tx, {
        organisationId: organisation.id,
        displayName: input.displayName,
        email: input.email,
        passwordHash,
        roles: [{ role: 'province_coordinator', scopes: [input.provinceCode] }],
      });
      return startSession({ database, personId, sessionHours, tx });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'people_email_key')) {
      throw new AppError('CONFLICT', 'Someone with this e-mail address already exists.', { field: 'body.email' });
    }
    throw error;
  }
}
