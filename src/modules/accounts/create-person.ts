// SPDX-License-Identifier: EUPL-1.2
/**
 * A coordinator adds a person with role grants. No password is chosen for them: they get a
 * one-time set-password token (shown once) that the coordinator passes on.
 */
import type { Database, Tx } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { authorize, authorizeOrHide } from '../../shared/policy.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { municipalityCodePattern, type CreatePersonInput, type RoleGrant } from './account.schema.ts';
import {
  findOrganisationById,
  insertGrants,
  insertPerson,
  isUniqueViolation,
  loadPeople,
  type PersonRow,
} from './account.repository.ts';
import { canAdministerOrganisation, canGrantRoles } from './accounts.policy.ts';
import { grantRows } from './grants.ts';
import { findMunicipalities } from './region-lookup.repository.ts';
import { issuePasswordToken, type IssuedPasswordToken } from './issue-password-token.ts';

export type CreatePersonOptions = { database: Database; principal: Authenticated; input: CreatePersonInput };
export type CreatedPerson = { person: PersonRow; setPasswordToken: IssuedPasswordToken };

/** How long a new person has to set a first password. */
export const setPasswordHours = 72;

/** Checks the grants and the organisation against the coordinator's province, then adds the person. */
export async function createPerson(options: CreatePersonOptions): Promise<CreatedPerson> {
  const { principal, input } = options;
  const municipalities = await findMunicipalities(options.database.db, municipalityScopes(input.roles));
  const unknown = municipalityScopes(input.roles).find((code) => !municipalities.has(code));
  if (unknown !== undefined) {
    throw new AppError('VALIDATION_FAILED', `There is no municipality ${unknown}.`, { field: 'body.roles' });
  }
  authorize(
    principal,
    canGrantRoles(principal, input.roles, (code) => municipalities.get(code)?.provinceCode),
    'to grant these roles',
  );
  const organisation = await findOrganisationById(options.database.db, input.organisationId);
  authorizeOrHide(principal, organisation !== undefined && canAdministerOrganisation(principal, organisation));
  try {
    return await inTransaction(options.database.db, actorOf(principal), async (tx) => {
      const personId = await insertPersonWithGrants(tx, { ...input, passwordHash: null });
      const setPasswordToken = await issuePasswordToken(tx, { personId, purpose: 'set', hours: setPasswordHours });
      const [person] = await loadPeople(tx, { personIds: [personId] });
      if (!person) {
        throw new Error('the new person was not found');
      }
      return { person, setPasswordToken };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'people_email_key')) {
      throw new AppError('CONFLICT', 'Someone with this e-mail address already exists.', { field: 'body.email' });
    }
    throw error;
  }
}

function municipalityScopes(grants: RoleGrant[]): string[] {
  const scopes = grants.flatMap((grant) => (grant.role === 'province_coordinator' ? [] : grant.scopes));
  return [...new Set(scopes.filter((scope) => municipalityCodePattern.test(scope)))];
}

/** Inserts a person and one grant row per role and scope; shared with first-run and the CLI. */
export async function insertPersonWithGrants(
  tx: Tx,
  values: {
    organisationId: string;
    displayName: string;
    email: string;
    passwordHash: string | null;
    roles: RoleGrant[];
  },
): Promise<string> {
  const personId = await insertPerson(tx, values);
  await insertGrants(tx, personId, grantRows(values.roles));
  return personId;
}
