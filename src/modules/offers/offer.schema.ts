// SPDX-License-Identifier: EUPL-1.2
/** API contract of partner offers, matches, referrals and uptake. */
import { z } from 'zod';
import { isoDateSchema } from '../households/household.schema.ts';
import { cefrLevels, interests } from '../integration/integration.schema.ts';
import { municipalityCodeSchema } from '../regions/region.schema.ts';

export const offerKinds = ['vacancy', 'traineeship', 'course', 'activity', 'buddy'] as const;
export const referralStatuses = ['referred', 'accepted', 'started', 'completed', 'declined', 'withdrawn'] as const;

const iscoGroupSchema = z.string().regex(/^[0-9]{1,2}$/, 'must be an ISCO-08 major or sub-major group (1 or 2 digits)');

const offerFields = {
  kind: z.enum(offerKinds),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(4000),
  municipalityCode: municipalityCodeSchema.nullable().optional().describe('Where the offer is; empty for regional or online'),
  iscoGroups: z.array(iscoGroupSchema).max(20).describe('ISCO-08 occupation groups the offer suits'),
  minIscedLevel: z.number().int().min(0).max(8).nullable().optional().describe('Minimum education level (ISCED 2011)'),
  minDutchLevel: z.enum(cefrLevels, { message: 'must be a level on the scale A1, A2, B1, B2' }).nullable().optional(),
  interests: z.array(z.enum(interests)).max(interests.length),
  places: z.number().int().min(1).max(100_000).nullable().optional(),
};

export const createOfferInputSchema = z.object({
  ...offerFields,
  description: offerFields.description.default(''),
  iscoGroups: offerFields.iscoGroups.default([]),
  interests: offerFields.interests.default([]),
});
export type CreateOfferInput = z.infer<typeof createOfferInputSchema>;
/** Without defaults: a field left out keeps its value. */
export const updateOfferInputSchema = z.object(offerFields).partial().extend({ active: z.boolean().optional() });
export type UpdateOfferInput = z.infer<typeof updateOfferInputSchema>;

export const offerSchema = z.object({
  id: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(offerKinds),
  title: z.string(),
  description: z.string(),
  municipalityCode: z.string().nullable(),
  iscoGroups: z.array(z.string()),
  minIscedLevel: z.number().int().nullable(),
  minDutchLevel: z.string().nullable(),
  interests: z.array(z.string()),
  places: z.number().int().nullable(),
  active: z.boolean(),
});
export const offerListSchema = z.object({ items: z.array(offerSchema) });
export const offerParamsSchema = z.object({ id: z.string().uuid('must be an offer id') });
export const offerListQuerySchema = z.object({ mine: z.enum(['true', 'false']).optional().transform((v) => v === 'true') });

const reasonSchema = z.object({ code: z.string(), detail: z.string() });
export const offerMatchesSchema = z.object({ householdId: z.string(), items: z.array(z.object({ offer: offerSchema, score: z.number().int(), reasons: z.array(reasonSchema) })) });

export const createReferralInputSchema = z.object({
  householdId: z.string().uuid('must be a household id'),
  referredOn: isoDateSchema.optional().describe('Default today'),
});
export const updateReferralInputSchema = z.object({ status: z.enum(referralStatuses), on: isoDateSchema.optional().describe('Default today') });
export const referralParamsSchema = z.object({ id: z.string().uuid('must be a referral id') });

/** A referral as its reader may see it; `needs` holds only what the offer asks for. */
export const referralSchema = z.object({
  id: z.string(),
  offerId: z.string(),
  offerTitle: z.string(),
  pseudonym: z.string(),
  householdId: z.string().nullable().describe('Only for the municipality'),
  referredOn: z.string(),
  status: z.enum(referralStatuses),
  statusOn: z.string(),
  reasons: z.array(z.string()),
  needs: z.object({ dutchLevel: z.string().nullable().optional(), iscedLevel: z.number().int().nullable().optional(), iscoGroup: z.string().nullable().optional() }),
});
export const referralListSchema = z.object({ items: z.array(referralSchema) });

const uptakeCounts = z.object(Object.fromEntries(referralStatuses.map((s) => [s, z.number().int()])) as Record<(typeof referralStatuses)[number], z.ZodNumber>);
export const uptakeSchema = z.object({
  offers: z.array(z.object({ offerId: z.string(), title: z.string(), organisationName: z.string(), total: z.number().int(), counts: uptakeCounts })),
  partners: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), total: z.number().int(), counts: uptakeCounts })),
  formula: z.string(),
});
