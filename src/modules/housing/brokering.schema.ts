// SPDX-License-Identifier: EUPL-1.2
/** API contract of brokering: surpluses, deficits, proposed pairs and recorded agreements. */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';
import { isoDateSchema, periodSchema } from '../taakstelling/taakstelling.schema.ts';
import { recordTransferInputSchema } from '../taakstelling/transfer.schema.ts';

export const brokeringQuerySchema = z.object({
  province: provinceCodeSchema,
  period: periodSchema,
  asOf: isoDateSchema.optional().describe('Read the figures as on this date (default: today)'),
});
export type BrokeringQuery = z.infer<typeof brokeringQuerySchema>;

export const brokeringSchema = z.object({
  period: z.string(),
  asOf: z.string(),
  positions: z.array(z.object({ code: z.string(), name: z.string(), surplus: z.number(), deficit: z.number() })),
  pairs: z.array(z.object({ from: z.string(), to: z.string(), persons: z.number(), neighbours: z.boolean() })),
  how: z.string(),
});

/** An agreement is an agreed transfer (transfer.schema.ts), named from the housing side. */
export const agreementInputSchema = recordTransferInputSchema.omit({ from: true, to: true }).extend({
  houses: municipalityCodeSchema.describe('The municipality that houses the persons (with a projected surplus)'),
  for: municipalityCodeSchema.describe('The municipality it houses them for (its task goes down)'),
  asOf: isoDateSchema.optional().describe('Check the surplus as on this date (default: today)'),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const agreementSchema = z.object({
  id: z.string(),
  period: z.string(),
  houses: z.string(),
  for: z.string(),
  persons: z.number().int(),
  agreedOn: z.string(),
  reference: z.string(),
  surplusBefore: z.number(),
});
