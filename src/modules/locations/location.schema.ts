// SPDX-License-Identifier: EUPL-1.2
/**
 * API contract of the reception locations register (shared with the web app): a location with its
 * place, kind, capacity, costs and lifecycle; its dated steps; its occupancy over time.
 */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema, sourceSchema } from '../regions/region.schema.ts';
import { dateSchema, euroSchema, lineSchema, textSchema } from './fields.ts';
import { locationStatuses } from './lifecycle.ts';

export const locationKinds = ['emergency', 'structural', 'other'] as const;
export type LocationKind = (typeof locationKinds)[number];
export const buildingTypes = [
  'office', 'school', 'church', 'sports_hall', 'pavilion', 'new_build', 'hotel', 'holiday_park', 'barracks', 'container_homes', 'other',
] as const;
export const placementMethods = ['derived', 'checked', 'near_border', 'entered_unchecked'] as const;

export const statusSchema = z.enum(locationStatuses);
const kindSchema = z.enum(locationKinds).describe('emergency (noodopvang), structural (reguliere opvang) or other');
const capacitySchema = z.number().int('must be a whole number of places').min(1, 'must be more than 0').max(100_000);
const decisionInputSchema = z.object({
  outcome: z.enum(['yes', 'no']),
  decidedBy: lineSchema(200).describe('The body that decided, e.g. "college van B&W Utrecht" (not a person)'),
});

/** One lifecycle step as requested. */
export const stepInputSchema = z.object({
  status: statusSchema,
  on: dateSchema.describe('Date of the step'),
  decision: decisionInputSchema.optional().describe('Only with status "decided"'),
  note: textSchema(1000).optional(),
});
export type StepInput = z.infer<typeof stepInputSchema>;

const editableFields = {
  name: lineSchema(200),
  address: lineSchema(300).optional().describe('Street address of the building'),
  kind: kindSchema,
  buildingType: z.enum(buildingTypes),
  capacity: capacitySchema,
  plannedFrom: dateSchema.optional(),
  plannedUntil: dateSchema.optional(),
  owner: lineSchema(200).optional().describe('Owning organisation'),
  operator: lineSchema(200).optional().describe('Operating organisation, e.g. COA'),
  oneOffCostEur: euroSchema.optional(),
  yearlyCostEur: euroSchema.optional(),
  costSource: lineSchema(500).optional().describe('Where the cost figures come from'),
  isPublic: z.boolean().optional().describe('Shown on the residents\u2019 pages (issue 6); default false'),
  publicSummary: textSchema(2000).optional(),
};
const coordinates = {
  longitude: z.number().min(-180).max(180).describe('WGS84 longitude'),
  latitude: z.number().min(-90).max(90).describe('WGS84 latitude'),
  municipalityCode: municipalityCodeSchema.optional().describe('Derived from the coordinates when omitted; a mismatch is refused'),
};

export const createLocationInputSchema = z.object({
  ...coordinates,
  ...editableFields,
  steps: z
    .array(stepInputSchema)
    .min(1)
    .max(7)
    .optional()
    .describe('The history so far, oldest first; default one step "idea" dated today'),
});
export type CreateLocationInput = z.infer<typeof createLocationInputSchema>;

/** A change: every field optional; `null` clears an optional field. */
export const updateLocationInputSchema = z
  .object({
    name: editableFields.name,
    address: lineSchema(300).nullable(),
    longitude: coordinates.longitude,
    latitude: coordinates.latitude,
    municipalityCode: municipalityCodeSchema,
    kind: kindSchema,
    buildingType: editableFields.buildingType,
    capacity: capacitySchema,
    plannedFrom: dateSchema.nullable(),
    plannedUntil: dateSchema.nullable(),
    owner: lineSchema(200).nullable(),
    operator: lineSchema(200).nullable(),
    oneOffCostEur: euroSchema.nullable(),
    yearlyCostEur: euroSchema.nullable(),
    costSource: lineSchema(500).nullable(),
    isPublic: z.boolean(),
    publicSummary: textSchema(2000).nullable(),
  })
  .partial()
  .refine((input) => (input.longitude === undefined) === (input.latitude === undefined), {
    message: 'longitude and latitude change together',
    path: ['latitude'],
  });
export type UpdateLocationInput = z.infer<typeof updateLocationInputSchema>;

export const occupancyInputSchema = z.object({
  countedOn: dateSchema.describe('Date of the count'),
  persons: z.number().int('must be a whole number of persons').min(0).max(100_000),
  sourceReference: lineSchema(200).optional().describe('e.g. the COA week report'),
});
export type OccupancyInput = z.infer<typeof occupancyInputSchema>;

export const locationListQuerySchema = z.object({
  status: statusSchema.optional(),
  municipality: municipalityCodeSchema.optional(),
  province: provinceCodeSchema.optional(),
  kind: kindSchema.optional(),
});
export type LocationListQuery = z.infer<typeof locationListQuerySchema>;

const decisionSchema = z.object({ outcome: z.enum(['yes', 'no']), decidedBy: z.string(), decidedOn: z.string() });
const occupancySchema = z.object({
  countedOn: z.string(),
  persons: z.number().int(),
  capacityAtCount: z.number().int(),
  aboveCapacity: z.boolean().describe('More persons than places: allowed, but flagged'),
  sourceReference: z.string().nullable(),
  recordedBy: z.string(),
});

export const locationSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  longitude: z.number(),
  latitude: z.number(),
  municipality: z.object({ code: z.string(), name: z.string(), provinceCode: z.string(), provinceName: z.string() }),
  placement: z.object({
    method: z.enum(placementMethods).describe(
      'derived: from the coordinates; checked: entered and inside that boundary; near_border: within 0.5 km outside ' +
        'the generalised boundary; entered_unchecked: entered while no boundaries were loaded',
    ),
    boundaryYear: z.number().int().nullable(),
    sourceId: z.string().nullable(),
  }),
  kind: z.enum(locationKinds),
  buildingType: z.enum(buildingTypes),
  capacity: z.number().int(),
  plannedFrom: z.string().nullable(),
  plannedUntil: z.string().nullable(),
  owner: z.string().nullable(),
  operator: z.string().nullable(),
  costs: z.object({
    oneOffEur: z.number().nullable(),
    yearlyEur: z.number().nullable(),
    source: z.string().nullable(),
    perPlacePerYearEur: z.number().nullable(),
    perPlaceFormula: z.string().describe('How the cost per place per year was computed, or why it was not'),
  }),
  status: statusSchema,
  statusSince: z.string(),
  decision: decisionSchema.nullable(),
  latestOccupancy: occupancySchema.nullable(),
  isPublic: z.boolean(),
  publicSummary: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LocationView = z.infer<typeof locationSchema>;

export const locationListSchema = z.object({ total: z.number().int(), items: z.array(locationSchema) });

export const locationDetailSchema = z.object({
  location: locationSchema,
  steps: z.array(z.object({ status: statusSchema, on: z.string(), recordedBy: z.string(), note: z.string().nullable() })),
  occupancy: z.array(occupancySchema).describe('Oldest first'),
  safetyRegion: z.object({ code: z.string(), name: z.string() }).nullable().describe('When membership was entered'),
  flags: z.array(z.string()).describe('e.g. above_capacity, near_border'),
  sources: z.array(sourceSchema),
});

export const occupancyResultSchema = z.object({
  created: z.boolean().describe('false when a count of that date was replaced'),
  occupancy: occupancySchema,
  warnings: z.array(z.string()),
});

/** GeoJSON of the locations (map coloured by status). */
export const locationMapSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
});
