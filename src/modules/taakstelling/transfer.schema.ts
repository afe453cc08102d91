// SPDX-License-Identifier: EUPL-1.2
/** API contract of agreed transfers of task between municipalities. */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';
import { isoDateSchema, periodSchema } from './taakstelling.schema.ts';

export const recordTransferInputSchema = z.object({
  period: periodSchema,
  from: municipalityCodeSchema.describe('The municipality whose task goes down (another houses for it)'),
  to: municipalityCodeSchema.describe('The municipality that houses the persons; its task goes up'),
  persons: z.number().int('must be a whole number of persons').min(1).max(100000),
  agreedOn: isoDateSchema,
  reference: z.string().trim().min(1).max(500).describe('The agreement: decision number, letter, minutes'),
  note: z.string().trim().max(2000).optional(),
});
export type RecordTransferInput = z.infer<typeof recordTransferInputSchema>;

export const transferSchema = z.object({
  id: z.string(),
  period: z.string(),
  from: z.string(),
  to: z.string(),
  persons: z.number().int(),
  agreedOn: z.string(),
  reference: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export const transferListSchema = z.object({ items: z.array(transferSchema) });
export const transferListQuerySchema = z.object({ province: provinceCodeSchema.optional() });
