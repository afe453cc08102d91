// SPDX-License-Identifier: EUPL-1.2
/** API contract of the vacant buildings register (shared with web/). */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';
import { isoDateSchema } from '../taakstelling/taakstelling.schema.ts';

export const formerUses = ['office', 'school', 'church', 'care', 'retail', 'other'] as const;
export type FormerUse = (typeof formerUses)[number];

export const createBuildingInputSchema = z.object({
  address: z.string().trim().min(1).max(300).describe('Street address of the building'),
  longitude: z.number().min(-180).max(180).describe('WGS84 longitude; must lie in the Netherlands'),
  latitude: z.number().min(-90).max(90).describe('WGS84 latitude; must lie in the Netherlands'),
  municipalityCode: municipalityCodeSchema.optional().describe('Checked against the coordinates; derived from them when left out'),
  formerUse: z.enum(formerUses).describe('What the building was used for'),
  floorAreaM2: z.number().int('must be whole square metres').min(1).max(10_000_000).describe('Gross floor area in m²'),
  owner: z.string().trim().min(1).max(200).optional().describe('Owner (an organisation; a private owner is redacted in the audit trail)'),
  vacantSince: isoDateSchema.optional().describe('Vacant since (YYYY-MM-DD)'),
});
export type CreateBuildingInput = z.infer<typeof createBuildingInputSchema>;

export const buildingSchema = z.object({
  id: z.string(),
  address: z.string(),
  longitude: z.number(),
  latitude: z.number(),
  municipalityCode: z.string(),
  municipalityName: z.string(),
  provinceCode: z.string(),
  formerUse: z.enum(formerUses),
  floorAreaM2: z.number().int(),
  owner: z.string().nullable(),
  vacantSince: z.string().nullable(),
  /** The projects made from this building. */
  projectIds: z.array(z.string()),
});
export type Building = z.infer<typeof buildingSchema>;

export const buildingListQuerySchema = z.object({
  province: provinceCodeSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
});
export type BuildingListQuery = z.infer<typeof buildingListQuerySchema>;

export const buildingListSchema = z.object({ total: z.number().int(), items: z.array(buildingSchema) });

export const buildingParamsSchema = z.object({ id: z.uuid('must be a building id') });

export const buildingMapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.object({ kind: z.enum(['building', 'project']), label: z.string(), municipalityCode: z.string(), detail: z.string() }),
    }),
  ),
});

export const importResultSchema = z.object({ imported: z.number().int(), dryRun: z.boolean() });
export const importQuerySchema = z.object({
  format: z.enum(['csv', 'geojson']).describe('csv: one building per line; geojson: one Point feature per building'),
  dryRun: z.enum(['true', 'false']).optional().describe('Check only (default false)'),
});
