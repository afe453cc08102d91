// SPDX-License-Identifier: EUPL-1.2
/** API contract of the forecast against the taakstelling and the mixed-groups indicator. */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';
import { isoDateSchema, periodSchema } from '../taakstelling/taakstelling.schema.ts';

export const forecastQuerySchema = z.object({
  province: provinceCodeSchema.optional().describe('One province (else every municipality you may read)'),
  municipality: municipalityCodeSchema.optional(),
  from: periodSchema.optional().describe('First period (default: the current one)'),
  periods: z.coerce.number().int().min(1).max(20).default(6).describe('Number of half-year periods'),
  asOf: isoDateSchema.optional().describe('Read the figures as on this date (default: today)'),
});
export type ForecastQuery = z.infer<typeof forecastQuerySchema>;

export const forecastCellSchema = z.object({
  period: z.string(),
  corrected: z.number().nullable().describe('Corrected task (taakstelling: task + backlog − lead + agreed transfers)'),
  realised: z.number(),
  expected: z.number().describe('Persons for status holders expected from projects (periods not yet ended)'),
  projected: z.number().describe('realised + expected'),
  gap: z.number().nullable().describe('corrected − projected; negative is a surplus'),
  projects: z.number().int(),
  formula: z.string(),
});
export type ForecastCellOut = z.infer<typeof forecastCellSchema>;

export const forecastSchema = z.object({
  asOf: z.string(),
  periods: z.array(z.string()),
  province: z.object({ code: z.string(), name: z.string() }).nullable(),
  rows: z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), cells: z.array(forecastCellSchema) })),
  totals: z.array(forecastCellSchema),
  method: z.string(),
  notes: z.array(z.string()),
});
export type Forecast = z.infer<typeof forecastSchema>;

export const mixedGroupsQuerySchema = z.object({ province: provinceCodeSchema.optional(), municipality: municipalityCodeSchema.optional() });
export const mixedGroupsSchema = z.object({
  rows: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      projects: z.number().int(),
      mixedProjects: z.number().int(),
      homesTotal: z.number().int(),
      homesStatusHolders: z.number().int(),
      otherHomes: z.number().int(),
      share: z.number().nullable().describe('Homes not for status holders, % of all homes'),
    }),
  ),
  how: z.string(),
});
