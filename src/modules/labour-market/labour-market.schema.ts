// SPDX-License-Identifier: EUPL-1.2
/** API contract of the regional labour market (regions, members, shortages). */
import { z } from 'zod';

const flag = (description: string) =>
  z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe(description);

export const labourMarketImportQuerySchema = z.object({
  source: z.string().trim().min(1, 'name the source').max(300).describe('Where the figures come from: publisher, table, date'),
  example: flag('The file is an invented example (data/examples): shown as "voorbeeld" wherever it is used'),
  dryRun: flag('Check everything and report, but write nothing'),
});

export const labourMarketImportResultSchema = z.object({
  kind: z.enum(['regions', 'shortages']),
  file: z.string(),
  dryRun: z.boolean(),
  example: z.boolean(),
  rows: z.number().int(),
  regions: z.array(z.string()).describe('The labour-market regions in the file'),
});

export const shortageSchema = z.object({
  iscoMajorGroup: z.number().int().describe('ISCO-08 major group, 0-9'),
  shortage: z.number().describe('0 = ruim (many job seekers per vacancy) … 1 = zeer krap'),
  referenceDate: z.string().describe('Peildatum of the indicator'),
  isExample: z.boolean(),
  source: z.string(),
});

export const labourMarketRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  isExample: z.boolean().describe('Invented demonstration data: show it as "voorbeeld"'),
  source: z.string(),
  municipalities: z.array(z.string()).describe('CBS codes of the member municipalities'),
  shortages: z.array(shortageSchema),
});
export type LabourMarketRegion = z.infer<typeof labourMarketRegionSchema>;

export const labourMarketSchema = z.object({
  regions: z.array(labourMarketRegionSchema),
  anyExample: z.boolean().describe('True when any region or shortage is invented example data'),
});
export type LabourMarket = z.infer<typeof labourMarketSchema>;
