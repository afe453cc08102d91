// SPDX-License-Identifier: EUPL-1.2
/**
 * The accounts API contract: organisations, people and their role grants. Shared with the web
 * app. Sessions, tokens and first-run setup are in session.schema.ts.
 */
import { z } from 'zod';
import { roles, type Role } from '../../shared/principal.ts';
import type { OrganisationKind } from '../../db/schema/accounts.ts';

/** A CBS province code such as PV26. */
export const provinceCodePattern = /^PV\d{2}$/;
/** A CBS municipality code such as GM0344. */
export const municipalityCodePattern = /^GM\d{4}$/;

/** An e-mail address; trimmed and lower-cased so sign-in does not depend on capitals. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .check(z.email('must be an e-mail address such as naam@gemeente.nl'));

/** A new password: at least 12 characters (no composition rules; length is what counts). */
export const newPasswordSchema = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(256, 'must be at most 256 characters');

export const displayNameSchema = z.string().trim().min(1).max(200).describe('Name shown to colleagues');

/** A scope value: province code, municipality code or reception location id (text). */
export const scopeValueSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._:-]+$/, 'may only contain letters, digits and . _ : -');

const scopeRules: Record<Role, { pattern?: RegExp; min: number; max: number; what: string }> = {
  province_coordinator: { pattern: provinceCodePattern, min: 1, max: 12, what: 'province codes such as PV26' },
  municipal_officer: { pattern: municipalityCodePattern, min: 1, max: 400, what: 'municipality codes such as GM0344' },
  coa_officer: { min: 1, max: 500, what: 'reception location ids' },
  partner: { min: 0, max: 0, what: 'nothing (a partner sees its own organisation)' },
  moderator: { min: 0, max: 500, what: 'municipality codes or location ids (optional)' },
};

/** A role with its scopes; which scopes a role takes is checked per role. */
export const roleGrantSchema = z
  .object({
    role: z.enum(roles),
    scopes: z.array(scopeValueSchema).max(500).default([]).describe('What the role covers'),
  })
  .superRefine((grant, ctx) => {
    const rule = scopeRules[grant.role];
    const scopes = [...new Set(grant.scopes)];
    if (scopes.length < rule.min || scopes.length > rule.max) {
      ctx.addIssue({ code: 'custom', path: ['scopes'], message: `${grant.role} takes ${rule.what}` });
      return;
    }
    const wrong = scopes.findIndex((scope) => rule.pattern && !rule.pattern.test(scope));
    if (wrong >= 0) {
      ctx.addIssue({ code: 'custom', path: ['scopes', wrong], message: `must be one of ${rule.what}` });
    }
  });
export type RoleGrant = { role: Role; scopes: string[] };

/** The organisation kinds of the database (listed here too, so the web app needs no database code). */
const organisationKinds = ['province', 'municipality', 'coa', 'partner'] as const satisfies readonly OrganisationKind[];
export const organisationKindSchema = z.enum(organisationKinds);

/** An organisation as the API shows it. */
export const organisationSchema = z.object({
  id: z.string(),
  kind: organisationKindSchema,
  name: z.string(),
  code: z.string().nullable().describe('Province (PVxx) or municipality (GMxxxx) it stands for'),
  provinceCode: z.string().nullable().describe('Province whose coordinators administer it'),
});
export type OrganisationView = z.infer<typeof organisationSchema>;
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

/** POST /organisations: a province and a municipality need their CBS code, others none. */
export const createOrganisationInputSchema = z
  .object({
    kind: organisationKindSchema,
    name: z.string().trim().min(2).max(200),
    code: z.string().trim().optional().describe('Required for province (PVxx) and municipality (GMxxxx)'),
    provinceCode: z
      .string()
      .regex(provinceCodePattern, 'must be a province code such as PV26')
      .optional()
      .describe("Default: the coordinator's province"),
  })
  .superRefine((input, ctx) => {
    const pattern = { province: provinceCodePattern, municipality: municipalityCodePattern }[
      input.kind as 'province' | 'municipality'
    ];
    if (pattern && !(input.code && pattern.test(input.code))) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `a ${input.kind} needs its CBS code` });
    }
    if (!pattern && input.code) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `a ${input.kind} has no code` });
    }
  });
export type CreateOrganisationInput = z.infer<typeof createOrganisationInputSchema>;

/** A person as account administration shows it. */
export const personSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  deactivatedAt: z.string().nullable(),
  organisation: z.object({ id: z.string(), name: z.string(), kind: organisationKindSchema }),
  roles: z.array(z.object({ role: z.enum(roles), scopes: z.array(z.string()) })),
});
export type PersonView = z.infer<typeof personSchema>;
export const personListSchema = z.object({ items: z.array(personSchema) });

/** POST /people: the person, their organisation and their roles. */
export const createPersonInputSchema = z.object({
  organisationId: z.uuid(),
  displayName: displayNameSchema,
  email: emailSchema,
  roles: z.array(roleGrantSchema).min(1).max(5),
});
export type CreatePersonInput = z.infer<typeof createPersonInputSchema>;

/** A one-time token, shown once, to set or reset a password at POST /api/v1/password. */
export const passwordTokenSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
});

/** The new person and the one-time token to pass on to them. */
export const createdPersonSchema = z.object({
  person: personSchema,
  setPasswordToken: passwordTokenSchema,
});

export const personIdParamsSchema = z.object({ id: z.uuid() });
