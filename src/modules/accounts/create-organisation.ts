// SPDX-License-Identifier: EUPL-1.2
/** A coordinator registers an organisation (municipality, COA, partner) in their province. */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import type { CreateOrganisationInput } from './account.schema.ts';
import { insertOrganisation, isUniqueViolation, type OrganisationRow } from './account.repository.ts';
import { canAdministerOrganisation } from './accounts.policy.ts';
import { findMunicipalities } from './region-lookup.repository.ts';
import { provinceNames } from './province-names.ts';

export type CreateOrganisationOptions = {
  database: Database;
  principal: Authenticated;
  input: CreateOrganisationInput;
};

/** Adds an organisation to a province the coordinator covers (CONFLICT on a taken name). */
export async function createOrganisation(options: CreateOrganisationOptions): Promise<OrganisationRow> {
  const { input, principal } = options;
  const provinceCode = await administeringProvince(options);
  authorize(principal, canAdministerOrganisation(principal, { provinceCode }), 'to add organisations to this province');
  try {
    return await inTransaction(options.database.db, actorOf(principal), (tx) =>
      insertOrganisation(tx, { kind: input.kind, name: input.name, code: input.code ?? null, provinceCode }),
    );
  } catch (error) {
    if (isUniqueViolation(error, 'organisations_name_key')) {
      throw new AppError('CONFLICT', 'An organisation with this name already exists.', { field: 'body.name' });
    }
    throw error;
  }
}

/**
 * The province that administers the new organisation: a province itself; a municipality's own
 * province (from the CBS division); otherwise the one given, or the coordinator's first.
 */
async function administeringProvince(options: CreateOrganisationOptions): Promise<string | null> {
  const { database, principal, input } = options;
  const given = input.provinceCode;
  let provinceCode = given ?? principal.provinces[0] ?? null;
  if (input.kind === 'province') {
    provinceCode = input.code ?? null;
    if (provinceCode === null || provinceNames[provinceCode] === undefined) {
      throw new AppError('VALIDATION_FAILED', `There is no province ${provinceCode}.`, { field: 'body.code' });
    }
  }
  if (input.kind === 'municipality' && input.code) {
    const municipality = (await findMunicipalities(database.db, [input.code])).get(input.code);
    if (!municipality) {
      throw new AppError('VALIDATION_FAILED', `There is no municipality ${input.code}.`, { field: 'body.code' });
    }
    provinceCode = municipality.provinceCode;
  }
  if (given !== undefined && given !== provinceCode) {
    throw new AppError('VALIDATION_FAILED', `This organisation belongs to province ${provinceCode}.`, {
      field: 'body.provinceCode',
    });
  }
  return provinceCode;
}
