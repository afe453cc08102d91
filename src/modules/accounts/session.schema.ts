// SPDX-License-Identifier: EUPL-1.2
/** The sign-in, session, API token, password and first-run contract. Shared with the web app. */
import { z } from 'zod';
import { roles } from '../../shared/principal.ts';
import {
  displayNameSchema,
  emailSchema,
  newPasswordSchema,
  organisationKindSchema,
  provinceCodePattern,
} from './account.schema.ts';

/** The cookie that holds the session token (HttpOnly, SameSite=Strict). */
export const sessionCookieName = 'regietafel_session';
/** The header that carries the CSRF token on cookie-authenticated writes. */
export const csrfHeaderName = 'x-csrf-token';

export const signInInputSchema = z.object({
  email: emailSchema,
  /** Not checked for length here: old passwords must keep working if the rules change. */
  password: z.string().min(1).max(1024),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

/** The signed-in person as the web app needs it. */
export const accountSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  roles: z.array(z.object({ role: z.enum(roles), scopes: z.array(z.string()) })),
  provinces: z.array(z.string()).describe('Provinces covered as province coordinator'),
  municipalities: z.array(z.string()).describe('Municipalities covered as municipal officer'),
  locations: z.array(z.string()).describe('Reception locations covered as COA officer'),
  organisation: z.object({ id: z.string(), name: z.string(), kind: organisationKindSchema }),
});
export type AccountView = z.infer<typeof accountSchema>;

export const sessionSchema = z.object({
  person: accountSchema,
  csrfToken: z.string().describe('Send as the x-csrf-token header on POST, PUT, PATCH and DELETE'),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const createApiTokenInputSchema = z.object({
  name: z.string().trim().min(1).max(100).describe('What the token is for, e.g. "CBS import"'),
});
export const apiTokenSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });
export type ApiTokenView = z.infer<typeof apiTokenSchema>;
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('Shown once: send as `Authorization: Bearer <token>`'),
});
export const tokenIdParamsSchema = z.object({ id: z.uuid() });

export const setPasswordInputSchema = z.object({
  token: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});

export const setupStatusSchema = z.object({
  needed: z.boolean().describe('True while no active province coordinator exists'),
});
export const setupInputSchema = z.object({
  setupToken: z.string().min(1).max(200).describe('From the server log: /eerste-gebruik#token=…'),
  email: emailSchema,
  displayName: displayNameSchema,
  password: newPasswordSchema,
  provinceCode: z.string().regex(provinceCodePattern, 'must be a province code such as PV26'),
});
export type SetupInput = z.infer<typeof setupInputSchema>;
