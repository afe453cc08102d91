// SPDX-License-Identifier: EUPL-1.2
/**
 * API contract of the siting weighing (shared with the web app): scenarios with criteria and
 * weights, candidates with every value and where it came from, both methods side by side with
 * their per-criterion breakdown, the seeded sensitivity, comparison and facility layers.
 */
import { z } from 'zod';
import { municipalityCodeSchema, provinceCodeSchema, sourceSchema } from '../regions/region.schema.ts';
import { dateSchema, lineSchema, textSchema } from '../locations/fields.ts';
import { locationSchema } from '../locations/location.schema.ts';
import { facilityKinds, measures } from './criteria-catalogue.ts';
import { maxSeed } from './engine/prng.ts';

const criterionIdSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower case letters, digits and _ (at most 40), starting with a letter');
const weightSchema = z.number().min(0, 'must be 0 or more').max(1000);

export const criterionInputSchema = z
  .object({
    id: criterionIdSchema,
    labelNl: lineSchema(200),
    labelEn: lineSchema(200),
    direction: z.enum(['benefit', 'cost']),
    weight: weightSchema,
    measure: z.enum(measures).default('entered'),
    facilityKind: z.enum(facilityKinds).optional().describe('Only with measure facility_distance'),
    unit: lineSchema(100),
    rationaleNl: textSchema(4000),
    rationaleEn: textSchema(4000),
    dataSource: textSchema(1000),
  })
  .refine((c) => (c.measure === 'facility_distance') === (c.facilityKind !== undefined), {
    message: 'facilityKind is required with measure facility_distance, and only then',
    path: ['facilityKind'],
  });
export type CriterionInput = z.infer<typeof criterionInputSchema>;

export const createScenarioInputSchema = z
  .object({
    name: lineSchema(200),
    description: textSchema(4000).optional(),
    provinceCode: provinceCodeSchema.optional().describe('The province of the weighing'),
    municipalityCode: municipalityCodeSchema.optional().describe('For a weighing of one municipality (its officers may then edit it)'),
    referenceDate: dateSchema.optional().describe('Scenario date (time to realise counts from it); default today'),
    seed: z.number().int().min(0).max(maxSeed).optional().describe('Seed of the sensitivity draws; default a random one'),
    criteria: z.array(criterionInputSchema).min(1).max(30).optional().describe('Default: the criteria of docs/siting.md'),
  })
  .refine((s) => s.provinceCode !== undefined || s.municipalityCode !== undefined, {
    message: 'give the province, the municipality, or both',
    path: ['provinceCode'],
  });
export type CreateScenarioInput = z.infer<typeof createScenarioInputSchema>;

export const updateScenarioInputSchema = z
  .object({
    name: lineSchema(200),
    description: textSchema(4000).nullable(),
    referenceDate: dateSchema,
    seed: z.number().int().min(0).max(maxSeed),
  })
  .partial();
export type UpdateScenarioInput = z.infer<typeof updateScenarioInputSchema>;

export const weightsInputSchema = z.object({
  weights: z.record(criterionIdSchema, weightSchema).describe('Criterion id → weight (0 or more; normalised to sum 1 when ranking)'),
});
export const criteriaInputSchema = z.object({ criteria: z.array(criterionInputSchema).min(1).max(30) });
export const candidateInputSchema = z.object({ locationId: z.uuid('must be a location id') });
export const valueInputSchema = z.object({
  value: z.number().min(-1e12).max(1e12),
  source: lineSchema(500).describe('Where the value comes from, e.g. "BAG count by the municipality, March 2016"'),
  note: textSchema(1000).optional(),
});

export const scenarioParamsSchema = z.object({ id: z.uuid('must be a scenario id') });
export const candidateParamsSchema = scenarioParamsSchema.extend({ locationId: z.uuid('must be a location id') });
export const valueParamsSchema = candidateParamsSchema.extend({ criterionId: criterionIdSchema });
export const langQuerySchema = z.object({ lang: z.enum(['nl', 'en']).default('nl') });
export const compareQuerySchema = z.object({
  candidates: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .pipe(z.array(z.uuid('must be location ids separated by commas')).min(2, 'compare 2 to 4 candidates').max(4, 'compare 2 to 4 candidates')),
});

const explainedSchema = z.object({ nl: z.string(), en: z.string() });

export const criterionSchema = z.object({
  id: z.string(),
  labelNl: z.string(),
  labelEn: z.string(),
  direction: z.enum(['benefit', 'cost']),
  weight: z.number().describe('As set'),
  normalisedWeight: z.number().describe('Weight / sum of weights'),
  measure: z.enum(measures),
  facilityKind: z.string().nullable(),
  unit: z.string(),
  rationaleNl: z.string(),
  rationaleEn: z.string(),
  dataSource: z.string(),
});

export const resolvedValueSchema = z.object({
  criterionId: z.string(),
  value: z.number().nullable(),
  origin: z.enum(['entered', 'register', 'cbs', 'layer', 'missing']),
  level: z.enum(['wijk', 'gemeente']).nullable().describe('For CBS figures: the finest level the site could be placed at'),
  explain: explainedSchema.describe('Where the value comes from, in Dutch and English'),
  sourceIds: z.array(z.string()),
  entered: z.object({ source: z.string(), note: z.string().nullable(), enteredBy: z.string(), enteredAt: z.string() }).nullable(),
});

const contributionSchema = z.object({
  criterionId: z.string(),
  weight: z.number(),
  normalised: z.number(),
  contribution: z.number(),
  toIdeal: z.number().optional(),
  toAntiIdeal: z.number().optional(),
});
const scoredSchema = z.object({ locationId: z.string(), score: z.number(), rank: z.number().int(), contributions: z.array(contributionSchema) });
const countSchema = z.object({ locationId: z.string(), first: z.number().int(), topThree: z.number().int() });

export const scenarioSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  provinceCode: z.string(),
  provinceName: z.string(),
  municipalityCode: z.string().nullable(),
  municipalityName: z.string().nullable(),
  referenceDate: z.string(),
  seed: z.number().int(),
  candidateCount: z.number().int(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const scenarioListSchema = z.object({ items: z.array(scenarioSummarySchema) });

export const weighingSchema = z.object({
  scenario: scenarioSummarySchema,
  criteria: z.array(criterionSchema),
  candidates: z.array(z.object({ location: locationSchema, values: z.array(resolvedValueSchema) })),
  complete: z.boolean().describe('Every candidate has a value for every criterion with a weight above 0'),
  missing: z.array(z.object({ locationId: z.string(), criterionId: z.string(), explain: explainedSchema })),
  notRanked: z.string().nullable().describe('Why there is no ranking (missing values, no candidates, weights all 0)'),
  methods: z.object({ 'weighted-sum': z.array(scoredSchema), topsis: z.array(scoredSchema) }).nullable(),
  sensitivity: z
    .object({
      seed: z.number().int(),
      draws: z.number().int(),
      low: z.number(),
      high: z.number(),
      methods: z.object({ 'weighted-sum': z.array(countSchema), topsis: z.array(countSchema) }),
    })
    .nullable(),
  costReference: z.array(z.object({ year: z.number().int(), receptionKind: z.string(), eurPerResidentPerYear: z.number().int(), quotation: z.string(), sourceId: z.string() })),
  sources: z.array(sourceSchema),
});
export type WeighingView = z.infer<typeof weighingSchema>;

export const layerSchema = z.object({
  id: z.string(),
  kind: z.enum(facilityKinds),
  name: z.string(),
  coverage: z.array(z.string()).nullable().describe('Municipality codes covered; null = the whole country'),
  fileName: z.string(),
  featureCount: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  source: sourceSchema,
});
export const layerListSchema = z.object({ items: z.array(layerSchema) });
export const layerParamsSchema = z.object({ id: z.uuid('must be a layer id') });

export const layerImportQuerySchema = z.object({
  kind: z.enum(facilityKinds),
  name: lineSchema(200),
  coverage: z
    .string()
    .regex(/^(netherlands|GM\d{4}(,GM\d{4})*)$/, 'must be "netherlands" or municipality codes separated by commas')
    .describe('Where the layer is complete: "netherlands" or e.g. GM0344,GM0307'),
  publisher: lineSchema(200),
  title: lineSchema(300),
  url: z.url().max(1000).optional(),
  licence: lineSchema(300).optional(),
  referenceDate: dateSchema.optional(),
  fileName: lineSchema(200).optional(),
});
export type LayerImportQuery = z.infer<typeof layerImportQuerySchema>;
