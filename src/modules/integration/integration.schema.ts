// SPDX-License-Identifier: EUPL-1.2
/** API contract of integration records, tracks, waiting times and thresholds. */
import { z } from 'zod';
import { isoDateSchema } from '../households/household.schema.ts';
import { municipalityCodeSchema, provinceCodeSchema } from '../regions/region.schema.ts';

export const cefrLevels = ['A1', 'A2', 'B1', 'B2'] as const;
export const interests = ['sport', 'culture', 'nature', 'volunteering', 'technology', 'care', 'language_practice'] as const;
export const trackKinds = ['language', 'education', 'work', 'civic_integration'] as const;
export const workKinds = ['job', 'traineeship', 'volunteering'] as const;
export const indicatorSchema = z.enum(['permit_to_housing', 'housing_to_language', 'housing_to_education_or_work']);

const levelSchema = z.enum(cefrLevels, { message: 'must be a level on the scale A1, A2, B1, B2' });

export const integrationProfileInputSchema = z.object({
  housedOn: isoDateSchema.nullable().optional().describe('Date the household moved into its home'),
  civicIntegrationRoute: z.enum(['b1', 'education', 'z']).nullable().optional().describe('Route of the Wet inburgering 2021'),
  civicIntegrationLevel: levelSchema.nullable().optional().describe('Target level of the civic integration route'),
  dutchLevel: levelSchema.nullable().optional().describe('Dutch level reached (CEFR), null when not assessed'),
  educationEnrolled: z.boolean().optional(),
  diplomaRecognition: z.enum(['none', 'requested', 'recognised', 'partly_recognised', 'refused']).optional(),
  iscoGroup: z.string().regex(/^[0-9]{1,2}$/, 'must be an ISCO-08 major or sub-major group (1 or 2 digits)').nullable().optional(),
  iscedLevel: z.number().int().min(0, 'ISCED levels run from 0 to 8').max(8, 'ISCED levels run from 0 to 8').nullable().optional(),
  interests: z.array(z.enum(interests)).max(interests.length).optional(),
  careMedical: z.boolean().optional().describe('A care need that affects placement (a flag, never a diagnosis)'),
  careMobility: z.boolean().optional(),
  carePsychosocial: z.boolean().optional(),
});
export type IntegrationProfileInput = z.infer<typeof integrationProfileInputSchema>;

export const addTrackInputSchema = z.object({
  kind: z.enum(trackKinds),
  workKind: z.enum(workKinds).optional().describe('For work tracks: job, traineeship or volunteering'),
  startedOn: isoDateSchema,
  endedOn: isoDateSchema.nullable().optional(),
});
export type AddTrackInput = z.infer<typeof addTrackInputSchema>;
export const updateTrackInputSchema = z.object({ startedOn: isoDateSchema.optional(), endedOn: isoDateSchema.nullable().optional() });
export type UpdateTrackInput = z.infer<typeof updateTrackInputSchema>;

export const trackSchema = z.object({
  id: z.string(),
  kind: z.enum(trackKinds),
  workKind: z.enum(workKinds).nullable(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
});
export const profileSchema = z.object({
  housedOn: z.string().nullable(),
  civicIntegrationRoute: z.string().nullable(),
  civicIntegrationLevel: z.string().nullable(),
  dutchLevel: z.string().nullable(),
  educationEnrolled: z.boolean(),
  diplomaRecognition: z.string(),
  iscoGroup: z.string().nullable(),
  iscedLevel: z.number().int().nullable(),
  interests: z.array(z.string()),
  care: z.object({ medical: z.boolean(), mobility: z.boolean(), psychosocial: z.boolean() }),
});
export const waitSchema = z.object({ indicator: indicatorSchema, from: z.string(), to: z.string().nullable(), days: z.number().int(), ongoing: z.boolean() });
export const integrationRecordSchema = z.object({
  household: z.object({
    id: z.string(),
    pseudonym: z.string(),
    size: z.number().int(),
    municipalityCode: z.string().nullable(),
    permitDate: z.string().nullable(),
    closedAt: z.string().nullable(),
  }),
  profile: profileSchema,
  tracks: z.array(trackSchema),
  waits: z.array(waitSchema),
  asOf: z.string(),
});

export const householdIdParamsSchema = z.object({ id: z.string().uuid('must be a household id') });
export const trackParamsSchema = z.object({ trackId: z.string().uuid('must be a track id') });
export const municipalityParamsSchema = z.object({ code: municipalityCodeSchema });
export const provinceParamsSchema = z.object({ code: provinceCodeSchema });
export const asOfQuerySchema = z.object({ asOf: isoDateSchema.optional().describe('Reference date (peildatum), default today') });
export const waitingListQuerySchema = asOfQuerySchema.extend({ indicator: indicatorSchema.default('housing_to_language') });

const summarySchema = z.object({
  period: z.string(),
  indicator: indicatorSchema,
  households: z.number().int().nullable().describe('Null when suppressed'),
  medianDays: z.number().nullable(),
  buckets: z.array(z.number().int()).nullable(),
  suppressed: z.boolean(),
  suppression: z
    .enum(['small_group', 'complementary'])
    .nullable()
    .describe(
      'Why the figures are hidden: small_group (fewer than 10 households), or complementary (hidden as well, so the ' +
        'province total minus the municipalities shown gives back no small group); null when shown',
    ),
});
export const bucketLabelsSchema = z.array(z.object({ fromDays: z.number().int(), toDays: z.number().int().nullable() }));
export const waitingListSchema = z.object({
  municipalityCode: z.string(),
  indicator: indicatorSchema,
  thresholdDays: z.number().int(),
  asOf: z.string(),
  total: z.number().int(),
  items: z.array(z.object({ householdId: z.string(), pseudonym: z.string(), since: z.string(), days: z.number().int() })),
  formula: z.string(),
});
export const municipalityWaitingTimesSchema = z.object({
  municipalityCode: z.string(),
  asOf: z.string(),
  buckets: bucketLabelsSchema,
  summaries: z.array(summarySchema),
  formula: z.string(),
});
export const provinceWaitingTimesSchema = z.object({
  provinceCode: z.string(),
  refreshedAt: z.string().nullable(),
  minimumGroupSize: z.number().int(),
  buckets: bucketLabelsSchema,
  province: z.array(summarySchema),
  municipalities: z.array(summarySchema.extend({ municipalityCode: z.string(), municipalityName: z.string() })),
  formula: z.string(),
});
export const thresholdSchema = z.object({ indicator: indicatorSchema, days: z.number().int(), isDefault: z.boolean(), source: z.string() });
export const thresholdsSchema = z.object({ items: z.array(thresholdSchema) });
export const thresholdParamsSchema = z.object({ indicator: indicatorSchema });
export const thresholdInputSchema = z.object({ days: z.number().int().min(1).max(3650).describe('Threshold in days') });
