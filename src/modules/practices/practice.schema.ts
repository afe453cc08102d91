// SPDX-License-Identifier: EUPL-1.2
/** API contract of the practice library. */
import { z } from 'zod';
import { municipalityCodeSchema } from '../regions/region.schema.ts';

export const practiceThemes = ['reception', 'housing', 'language', 'education', 'work', 'participation', 'health', 'residents', 'finance'] as const;

export const createPracticeInputSchema = z.object({
  municipalityCode: municipalityCodeSchema.describe('The municipality that shares the experience'),
  title: z.string().trim().min(1).max(200),
  whatWeDid: z.string().trim().min(1).max(8000),
  result: z.string().trim().max(8000).default(''),
  lessons: z.string().trim().max(8000).default(''),
  contact: z.string().trim().min(1).max(200).describe('An organisational contact (team or general mailbox), not a private person'),
  themes: z.array(z.enum(practiceThemes)).max(practiceThemes.length).default([]),
  locationId: z.string().uuid().nullable().optional().describe('A location of the register this is about'),
  projectReference: z.string().trim().min(1).max(200).nullable().optional().describe('A housing or other project this is about'),
});
export type CreatePracticeInput = z.infer<typeof createPracticeInputSchema>;

export const practiceSchema = z.object({
  id: z.string(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  title: z.string(),
  whatWeDid: z.string(),
  result: z.string(),
  lessons: z.string(),
  contact: z.string(),
  themes: z.array(z.string()),
  locationId: z.string().nullable(),
  projectReference: z.string().nullable(),
  publishedAt: z.string(),
});
export const practiceListSchema = z.object({ total: z.number().int(), items: z.array(practiceSchema) });
export const practiceParamsSchema = z.object({ id: z.string().uuid('must be a practice id') });
export const practiceSearchQuerySchema = z.object({
  q: z.string().max(200).optional().describe('Search words (Dutch); quotes and operators such as "or" and "-" are allowed'),
  theme: z.enum(practiceThemes).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
