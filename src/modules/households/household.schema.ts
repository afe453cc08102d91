// SPDX-License-Identifier: EUPL-1.2
/** API contract of households (see README.md in this folder for what is kept and why). */
import { z } from 'zod';
import { municipalityCodeSchema } from '../regions/region.schema.ts';
import { pseudonymPattern } from './pseudonym.ts';

/** A real calendar date YYYY-MM-DD (households sit below taakstelling, so no import from there). */
export const isoDateSchema = z
  .string()
  .regex(/^(19|20)\d{2}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  }, 'is not a date in the calendar');

const count = z.number().int('must be a whole number');
const locationSchema = z.string().trim().min(1).max(200).describe('Name of the reception location (until the locations register exists)');

export const createHouseholdInputSchema = z.object({
  adults: count.min(0).max(50),
  minors: count.min(0).max(50),
  municipalityCode: municipalityCodeSchema.optional().describe('The municipality it is assigned to, when known'),
  receptionLocation: locationSchema.optional(),
  permitDate: isoDateSchema.optional().describe('Date the residence permit was granted'),
  readyForHousingDate: isoDateSchema.optional(),
});
export type CreateHouseholdInput = z.infer<typeof createHouseholdInputSchema>;

export const updateHouseholdInputSchema = z.object({
  adults: count.min(0).max(50).optional(),
  minors: count.min(0).max(50).optional(),
  municipalityCode: municipalityCodeSchema.nullable().optional(),
  receptionLocation: locationSchema.nullable().optional(),
  permitDate: isoDateSchema.nullable().optional(),
  readyForHousingDate: isoDateSchema.nullable().optional(),
  closed: z.boolean().optional().describe('Close the household (no longer followed); reopen with false'),
});
export type UpdateHouseholdInput = z.infer<typeof updateHouseholdInputSchema>;

export const householdSchema = z.object({
  id: z.string(),
  pseudonym: z.string().describe('Random HH-XXXX-XXXX; never a name, BSN or V-number'),
  size: z.number().int(),
  adults: z.number().int(),
  minors: z.number().int(),
  municipalityCode: z.string().nullable(),
  receptionLocation: z.string().nullable(),
  permitDate: z.string().nullable(),
  readyForHousingDate: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});
export const householdListSchema = z.object({ total: z.number().int(), items: z.array(householdSchema) });

export const householdParamsSchema = z.object({ id: z.string().uuid('must be a household id') });
export const householdByPseudonymParamsSchema = z.object({ pseudonym: z.string().regex(pseudonymPattern, 'must be a pseudonym such as HH-7K3M-Q9XP') });
export const householdListQuerySchema = z.object({
  municipality: municipalityCodeSchema.optional(),
  open: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
