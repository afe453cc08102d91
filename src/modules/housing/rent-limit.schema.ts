// SPDX-License-Identifier: EUPL-1.2
/** API contract of the rent limits per year (liberalisatiegrens and mid-rent upper bound). */
import { z } from 'zod';

export const rentLimitInputSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  liberalisationLimitEur: z.number().gt(0).max(100_000).describe('Upper bound of social rent, EUR per month'),
  midRentMaxEur: z.number().gt(0).max(100_000).optional().describe('Upper bound of mid-rent (default EUR 1,000, the advice of 2016)'),
  sourceUrl: z.url().max(500).describe('Where the figure is published'),
  quotation: z.string().trim().min(1).max(1000).optional().describe('The sentence that states it'),
});
export type RentLimitInput = z.infer<typeof rentLimitInputSchema>;

export const rentLimitListSchema = z.object({
  items: z.array(z.object({ year: z.number().int(), liberalisationLimit: z.number(), midRentMax: z.number(), source: z.string() })),
});
