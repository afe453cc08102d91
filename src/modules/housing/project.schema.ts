// SPDX-License-Identifier: EUPL-1.2
/** API contract of housing projects (shared with web/). */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';
import { isoDateSchema, periodSchema } from '../taakstelling/taakstelling.schema.ts';
import { projectPhases } from './domain/phases.ts';
import { projectKinds } from './domain/project.ts';
import { rentBands } from './domain/rent-band.ts';

export const ownerKinds = ['corporation', 'investor', 'municipality', 'other'] as const;

const homes = z.number().int('must be a whole number of homes').min(0).max(100_000);

export const homesByGroupSchema = z.object({
  statusHolders: homes.describe('Homes for status holders (vergunninghouders)'),
  students: homes,
  starters: homes,
  other: homes.describe('Other home seekers'),
});

export const rentLineSchema = z.object({
  band: z.enum(rentBands).describe('social ≤ liberalisatiegrens < mid ≤ mid-rent upper limit < free'),
  homes: homes.min(1),
  rentEur: z.number().min(0).max(100_000).describe('Monthly rent in EUR (kale huur)'),
});

export const phaseDatesSchema = z.object({
  initiative: isoDateSchema,
  planning: isoDateSchema.nullable().optional(),
  permit: isoDateSchema.nullable().optional(),
  construction: isoDateSchema.nullable().optional(),
  delivered: isoDateSchema.nullable().optional().describe('Expected (or actual) delivery'),
});

export const deliverySchema = z.object({ period: periodSchema, share: z.number().int().min(1).max(100).describe('Whole percent of the homes') });

export const projectInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(projectKinds),
  municipalityCode: municipalityCodeSchema,
  site: z.string().trim().min(1).max(300).optional(),
  ownerKind: z.enum(ownerKinds),
  ownerName: z.string().trim().min(1).max(200).optional(),
  endDate: isoDateSchema.optional().describe('Required for temporary homes: when they go'),
  homesTotal: homes.min(1),
  homes: homesByGroupSchema.describe('Homes per target group; must add up to homesTotal'),
  rentLines: z.array(rentLineSchema).min(1).max(20).describe('Homes per rent band; must add up to homesTotal'),
  personsStated: z.number().int().min(0).max(1_000_000).optional().describe('Persons for status holders, if known (else derived)'),
  householdSizeOverride: z.number().gt(0).max(20).optional().describe('Household size used instead of the CBS average'),
  phases: phaseDatesSchema,
  schedule: z.array(deliverySchema).max(40).optional().describe('Share of the homes per half year; default all in the delivery period'),
});
export type ProjectInput = z.infer<typeof projectInputSchema>;

export const delayInputSchema = z.object({
  phase: z.enum(projectPhases),
  months: z.number().int().min(-60).max(120).describe('Months later (negative: earlier); later phases move along'),
});

export const convertBuildingInputSchema = projectInputSchema
  .omit({ municipalityCode: true, kind: true, site: true })
  .extend({ name: z.string().trim().min(1).max(200).optional() });
export type ConvertBuildingInput = z.infer<typeof convertBuildingInputSchema>;

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(projectKinds),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  provinceCode: z.string(),
  buildingId: z.string().nullable(),
  site: z.string().nullable(),
  ownerKind: z.enum(ownerKinds),
  ownerName: z.string().nullable(),
  endDate: z.string().nullable(),
  homesTotal: z.number().int(),
  homes: homesByGroupSchema,
  homesPerBand: z.object({ social: z.number().int(), mid: z.number().int(), free: z.number().int() }),
  rentLines: z.array(rentLineSchema),
  rentLimits: z.string().describe('The limits the bands were checked against, with their source'),
  persons: z.object({ value: z.number().int().nullable(), basis: z.string(), formula: z.string() }),
  phases: z.object({ initiative: z.string(), planning: z.string().nullable(), permit: z.string().nullable(), construction: z.string().nullable(), delivered: z.string().nullable() }),
  currentPhase: z.enum(projectPhases),
  deliveries: z.array(z.object({ period: z.string(), share: z.number().int(), persons: z.number().int() })),
  mixedGroups: z.object({ otherHomes: z.number().int(), share: z.number().nullable(), mixed: z.boolean() }),
});
export type Project = z.infer<typeof projectSchema>;

export const projectParamsSchema = z.object({ id: z.uuid('must be a project id') });
export const projectListQuerySchema = z.object({
  province: provinceCodeSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
export const projectListSchema = z.object({ total: z.number().int(), items: z.array(projectSchema) });
