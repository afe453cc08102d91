// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel user add`: creates a person with one role from the command line (the alternative
 * to first-run setup, and for scripted installs). The organisation is found by name or code, or
 * created with the kind that fits the role. Written as actor `cli:user`.
 */
import { z } from 'zod';
import type { Database, Tx } from '../../db/client.ts';
import type { OrganisationKind } from '../../db/schema/accounts.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { roles, type Role } from '../../shared/principal.ts';
import { displayNameSchema, emailSchema, newPasswordSchema, roleGrantSchema } from './account.schema.ts';
import {
  findOrganisationByCode,
  findOrganisationByName,
  insertOrganisation,
  isUniqueViolation,
  type OrganisationRow,
} from './account.repository.ts';
import { insertPersonWithGrants } from './create-person.ts';
import { provinceNames, provinceOrganisationName } from './province-names.ts';
import { findMunicipalities, type MunicipalityRef } from './region-lookup.repository.ts';
import { hashPassword, randomPassword } from './secrets.ts';

export type AddUserOptions = {
  database: Database;
  role: string;
  email: string;
  name: string;
  /** --province: the coordinator's scope, or the province that administers a new organisation. */
  province?: string | undefined;
  municipalities?: string[];
  locations?: string[];
  /** --organisation: name of an existing organisation, or of the one to create. */
  organisation?: string | undefined;
  /** From --password-stdin; without it a strong password is generated and returned once. */
  password?: string | undefined;
};

export type AddedUser = {
  personId: string;
  organisation: OrganisationRow;
  organisationCreated: boolean;
  /** Only when no password was given: show it once, it is not stored. */
  generatedPassword?: string;
};

const scopeOption: Record<Role, string> = {
  province_coordinator: '--province',
  municipal_officer: '--municipality',
  coa_officer: '--location',
  partner: '--role',
  moderator: '--municipality',
};

const roleSchema = z.enum(roles, { message: `must be one of ${roles.join(', ')}` });

function parseOption<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', `${field}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, { field });
  }
  return parsed.data;
}

/** Validates the options (errors name the option), then writes organisation and person at once. */
export async function addUser(options: AddUserOptions): Promise<AddedUser> {
  const role = parseOption(roleSchema, options.role, '--role');
  const municipalities = options.municipalities ?? [];
  const scopes = {
    province_coordinator: options.province ? [options.province] : [],
    municipal_officer: municipalities,
    coa_officer: options.locations ?? [],
    partner: [],
    moderator: [...municipalities, ...(options.locations ?? [])],
  }[role];
  if (options.province !== undefined && provinceNames[options.province] === undefined) {
    throw new AppError('VALIDATION_FAILED', `--province: there is no province ${options.province} (PV20-PV31).`, {
      field: '--province',
    });
  }
  const grant = parseOption(roleGrantSchema, { role, scopes }, scopeOption[role]);
  const email = parseOption(emailSchema, options.email, '--email');
  const displayName = parseOption(displayNameSchema, options.name, '--name');
  const given =
    options.password === undefined ? undefined : parseOption(newPasswordSchema, options.password, '--password-stdin');
  const known = await findMunicipalities(options.database.db, municipalities);
  const unknown = municipalities.find((code) => !known.has(code));
  if (unknown !== undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      `--municipality: there is no municipality ${unknown} ` +
        '(the regional data is loaded by the first `regietafel serve`).',
      { field: '--municipality' },
    );
  }
  const password = given ?? randomPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await inTransaction(options.database.db, 'cli:user', async (tx) => {
      const { organisation, created } = await findOrCreateOrganisation(tx, { ...options, role, known });
      const personId = await insertPersonWithGrants(tx, {
        organisationId: organisation.id,
        displayName,
        email,
        passwordHash,
        roles: [grant],
      });
      return {
        personId,
        organisation,
        organisationCreated: created,
        ...(given === undefined ? { generatedPassword: password } : {}),
      };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'people_email_key')) {
      throw new AppError('CONFLICT', `--email: someone with the e-mail address ${email} already exists.`, {
        field: '--email',
      });
    }
    throw error;
  }
}

type OrganisationPlan = {
  kind: OrganisationKind;
  /** Default name when --organisation is not given. */
  name: string | undefined;
  code: string | null;
  provinceCode: string | null;
};
type PlanOptions = AddUserOptions & { role: Role; known: Map<string, MunicipalityRef> };

/** The organisation that fits the role: the province, the one municipality, else COA or partner. */
function planOrganisation(options: PlanOptions): OrganisationPlan {
  const province = options.province ?? null;
  const onlyMunicipality =
    options.municipalities?.length === 1 ? options.known.get(options.municipalities[0] ?? '') : undefined;
  if (options.role === 'province_coordinator' || (options.role === 'moderator' && province && !onlyMunicipality)) {
    const name = province ? provinceOrganisationName(province) : undefined;
    return { kind: 'province', name, code: province, provinceCode: province };
  }
  if (onlyMunicipality && (options.role === 'municipal_officer' || options.role === 'moderator')) {
    const name = `Gemeente ${onlyMunicipality.name}`;
    return { kind: 'municipality', name, code: onlyMunicipality.code, provinceCode: onlyMunicipality.provinceCode };
  }
  const kind: OrganisationKind = options.role === 'coa_officer' ? 'coa' : 'partner';
  return { kind, name: undefined, code: null, provinceCode: province };
}

async function findOrCreateOrganisation(
  tx: Tx,
  options: PlanOptions,
): Promise<{ organisation: OrganisationRow; created: boolean }> {
  const plan = planOrganisation(options);
  const name = options.organisation?.trim() || plan.name;
  if (!name) {
    throw new AppError('VALIDATION_FAILED', '--organisation: give the name of the organisation.', {
      field: '--organisation',
    });
  }
  const existing =
    (await findOrganisationByName(tx, name)) ??
    (plan.code !== null && !options.organisation ? await findOrganisationByCode(tx, plan.kind, plan.code) : undefined);
  if (existing) {
    return { organisation: existing, created: false };
  }
  if (plan.provinceCode === null) {
    throw new AppError('VALIDATION_FAILED', '--province: a new organisation needs the province that administers it.', {
      field: '--province',
    });
  }
  const organisation = await insertOrganisation(tx, { ...plan, name });
  return { organisation, created: true };
}
