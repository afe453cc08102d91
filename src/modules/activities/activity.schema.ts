// SPDX-License-Identifier: EUPL-1.2
/** Input and output of the activities board (shared with web/). */
import { z } from 'zod';
import { activityKinds } from '../../db/schema/activities.ts';

export { activityKinds };
export const activityKindSchema = z.enum(activityKinds).describe('sport, culture, nature, language café or buddies');
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** No control characters (except tab and line breaks) in stored text. */
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'contains control characters');

export const activityInputSchema = z
  .object({
    kind: activityKindSchema,
    title: text(3, 120).describe('Short title, e.g. "Taalcafé in de bibliotheek"'),
    description: text(10, 2000).describe('What happens, for whom, what to bring'),
    startsAt: z.iso.datetime({ offset: true }).describe('Start (ISO 8601 with offset)'),
    endsAt: z.iso.datetime({ offset: true }).optional().describe('End, when known'),
    schedule: text(1, 200).optional().describe('For a recurring activity, e.g. "elke dinsdag"'),
    place: text(2, 300).describe('Address or place name'),
    municipalityCode: z.string().regex(/^GM[0-9]{4}$/, 'must look like GM0344').describe('Municipality (CBS code)'),
    locationId: z.uuid().optional().describe('The reception location it is linked to, if any'),
    organiserName: text(2, 200).describe('Name of the organising organisation or group'),
    organiserEmail: z.email().max(254).describe('The organisation\u2019s contact address (public once published)'),
    organiserUrl: z.url({ protocol: /^https?$/ }).max(500).optional().describe('Website of the organiser'),
    /** Honeypot: people leave it empty, robots fill it in. */
    website: z.string().max(200).optional().describe('Leave empty'),
  })
  .refine((input) => !input.endsAt || input.endsAt >= input.startsAt, { path: ['endsAt'], message: 'must not be before the start' });
export type ActivityInput = z.infer<typeof activityInputSchema>;

export const activityListQuerySchema = z.object({
  kind: activityKindSchema.optional(),
  locationId: z.uuid().optional(),
  municipality: z.string().regex(/^GM[0-9]{4}$/).optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;

/** Which list of the moderation screen: pending (default), published, or rejected (hidden). */
export const activityQueueQuerySchema = z.object({
  status: z.enum(['pending', 'published', 'rejected']).default('pending').describe('pending, published or rejected (hidden)'),
});
export type ActivityQueueQuery = z.infer<typeof activityQueueQuerySchema>;

export const activityModerationInputSchema = z
  .object({
    decision: z.enum(['publish', 'reject']),
    reason: text(1, 500).optional().describe('Why it is rejected or hidden; required when rejecting'),
  })
  .refine((input) => input.decision === 'publish' || input.reason, { path: ['reason'], message: 'is required when rejecting' });
export type ActivityModerationInput = z.infer<typeof activityModerationInputSchema>;

export const activityParamsSchema = z.object({ id: z.uuid() });

/** An activity as the public board shows it. */
export const publicActivitySchema = z.object({
  id: z.uuid(),
  kind: activityKindSchema,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  schedule: z.string().nullable(),
  place: z.string(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  location: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  organiser: z.object({ name: z.string(), email: z.string(), url: z.string().nullable() }),
});
export type PublicActivity = z.infer<typeof publicActivitySchema>;
export const publicActivityListSchema = z.object({ items: z.array(publicActivitySchema) });

/** An activity in the moderation lists: also the original text, whether it held contact details, and the decision. */
export const queuedActivitySchema = publicActivitySchema.extend({
  originalDescription: z.string(),
  containsContact: z.boolean(),
  submittedAt: z.string(),
  status: z.enum(['pending', 'published', 'rejected']),
  moderationReason: z.string().nullable().describe('Why it was rejected or hidden (officials only)'),
  moderatedAt: z.string().nullable(),
});
export type QueuedActivity = z.infer<typeof queuedActivitySchema>;
export const activityQueueSchema = z.object({ items: z.array(queuedActivitySchema) });
export const activitySubmittedSchema = z.object({ id: z.uuid(), status: z.literal('pending') });
export const activityModeratedSchema = z.object({ id: z.uuid(), status: z.enum(['published', 'rejected']) });
