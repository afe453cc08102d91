// SPDX-License-Identifier: EUPL-1.2
/** API contract of reception-place targets (opportunity 1 of the PCL advice). */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema, sourceSchema } from '../../regions/region.schema.ts';
import { isoDateSchema } from '../taakstelling.schema.ts';

const safetyRegionCodeSchema = z.string().regex(/^VR\d{2}$/, 'must be a safety region code such as VR09');

const sourceInputSchema = z.object({
  publisher: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  url: z.string().url().max(1000).nullable().default(null),
  referenceDate: isoDateSchema.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
});
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const saveSafetyRegionInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  provinceCode: provinceCodeSchema,
  members: z.array(municipalityCodeSchema).min(1).max(100).describe('Its municipalities (CBS codes), as the source lists them'),
  source: sourceInputSchema.describe('Where the region and its membership come from'),
});
export const safetyRegionParamsSchema = z.object({ code: safetyRegionCodeSchema });

export const safetyRegionSchema = z.object({
  code: z.string(),
  name: z.string(),
  provinceCode: z.string(),
  members: z.array(z.string()),
  source: sourceSchema,
});
export const safetyRegionListSchema = z.object({ items: z.array(safetyRegionSchema) });
export const provinceQuerySchema = z.object({ province: provinceCodeSchema });

const scopeKindSchema = z.enum(['safety_region', 'province', 'municipality']);
const kindSchema = z.enum(['emergency', 'structural', 'total']);

export const createTargetInputSchema = z.object({
  scopeKind: scopeKindSchema,
  scopeCode: z.string().regex(/^(VR\d{2}|PV\d{2}|GM\d{4})$/, 'must be a VRxx, PVxx or GMxxxx code'),
  kind: kindSchema,
  places: z.number().int().min(0).max(1_000_000),
  approximate: z.boolean().default(false),
  periodLabel: z.string().trim().min(1).max(100).describe('e.g. "2016 en verder"'),
  dueDate: isoDateSchema.optional(),
  source: z.union([sourceInputSchema, z.object({ advice: z.literal(true) })]).describe('A source, or { advice: true } for the PCL advice'),
});
export type CreateTargetInput = z.infer<typeof createTargetInputSchema>;

export const distributeTargetInputSchema = z.object({
  referenceDate: isoDateSchema.optional().describe('Population on or before this date (default today)'),
  factors: z.record(municipalityCodeSchema, z.number().min(0).max(10)).default({}).describe('Correction factor per municipality; default 1'),
  save: z.boolean().default(false).describe('Store the municipal targets (replacing earlier ones of this target)'),
});
export const targetParamsSchema = z.object({ id: z.string().uuid('must be a target id') });

export const distributionResultSchema = z.object({
  targetId: z.string(),
  total: z.number().int(),
  saved: z.boolean(),
  populationReferenceDate: z.string().nullable(),
  rows: z.array(
    z.object({ code: z.string(), name: z.string(), population: z.number().int(), factor: z.number(), target: z.number().int(), quota: z.number(), formula: z.string() }),
  ),
  sources: z.array(sourceSchema),
});

export const placeCountInputSchema = z.object({
  municipalityCode: municipalityCodeSchema,
  kind: z.enum(['emergency', 'structural']),
  locationReference: z.string().trim().min(1).max(200).describe('The location, by name, until the locations register exists'),
  countedOn: isoDateSchema,
  places: z.number().int().min(0).max(100_000),
  sourceReference: z.string().trim().min(1).max(200).optional(),
});
export const placeCountSchema = placeCountInputSchema.extend({ id: z.string(), sourceReference: z.string().nullable() });

export const progressQuerySchema = z.object({ province: provinceCodeSchema, asOf: isoDateSchema.optional() });

export const targetProgressSchema = z.object({
  id: z.string().nullable().describe('Null for a target of the PCL advice that was not entered'),
  fromAdvice: z.boolean(),
  scopeKind: scopeKindSchema,
  scopeCode: z.string(),
  scopeName: z.string(),
  kind: kindSchema,
  places: z.number().int(),
  approximate: z.boolean(),
  periodLabel: z.string(),
  dueDate: z.string().nullable(),
  derivation: z.string().nullable(),
  parentTargetId: z.string().nullable(),
  realised: z.number().int().describe('Sum of the latest entered counts of the locations in scope'),
  locations: z.number().int(),
  percentage: z.number().nullable(),
  how: z.string(),
  sourceId: z.string(),
  register: z
    .object({
      places: z.number().int().describe('Capacity of the opened locations of this kind in the scope on asOf'),
      locations: z.number().int().describe('Opened locations of any kind in the scope on asOf'),
      percentage: z.number().nullable(),
      how: z.string(),
    })
    .nullable()
    .describe('Places realised according to the locations register; null when the register does not know the scope'),
});
export const progressSchema = z.object({
  province: z.object({ code: z.string(), name: z.string() }),
  asOf: z.string(),
  targets: z.array(targetProgressSchema),
  sources: z.array(sourceSchema),
});
