// SPDX-License-Identifier: EUPL-1.2
/** Response shapes of participation: the public page, the officials' queue and the overview. */
import { z } from 'zod';
import { moderationModes, reactionKinds, reactionStatuses, visibilities } from './participation.schema.ts';

const spot = z.object({ longitude: z.number(), latitude: z.number() }).nullable();

/** Response-time figures, computed (formula in `formula`). */
export const responseStatsSchema = z.object({
  targetWorkingDays: z.number().int(),
  answered: z.number().int(),
  answeredWithinTarget: z.number().int(),
  medianWorkingDays: z.number().nullable(),
  openPastTarget: z.number().int(),
  formula: z.string(),
});
export type ResponseStats = z.infer<typeof responseStatsSchema>;

export const publicReactionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(reactionKinds),
  text: z.string().describe('E-mail addresses and phone numbers masked'),
  status: z.enum(reactionStatuses),
  receivedOn: z.string(),
  spot,
  answer: z.object({ text: z.string(), answeredOn: z.string(), workingDays: z.number().int() }).nullable(),
});
export type PublicReaction = z.infer<typeof publicReactionSchema>;

export const announcementSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string(),
  meeting: z.object({ at: z.string(), place: z.string().nullable() }).nullable(),
});
export type Announcement = z.infer<typeof announcementSchema>;

export const publicLocationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string().nullable(),
  municipality: z.object({ code: z.string(), name: z.string() }),
  kind: z.enum(['emergency', 'structural', 'other']),
  capacity: z.number().int(),
  plannedFrom: z.string().nullable(),
  plannedUntil: z.string().nullable(),
  status: z.string(),
  decision: z.object({ outcome: z.enum(['yes', 'no']), decidedBy: z.string(), decidedOn: z.string() }).nullable(),
  summary: z.string().nullable(),
  weighingSummary: z.string().nullable(),
  spot: z.object({ longitude: z.number(), latitude: z.number() }),
});

export const publicPageSchema = z.object({
  location: publicLocationSchema,
  moderation: z.enum(moderationModes),
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable(), url: z.string().nullable() }),
  announcements: z.array(announcementSchema),
  upcomingMeetings: z.array(announcementSchema),
  reactions: z.array(publicReactionSchema),
  responseTimes: responseStatsSchema,
});
export type PublicPage = z.infer<typeof publicPageSchema>;

export const publicLocationListSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), municipalityName: z.string(), status: z.string() })),
});

/** A reaction as officials and moderators see it (never the e-mail address itself). */
export const queueItemSchema = z.object({
  id: z.uuid(),
  location: z.object({ id: z.uuid(), name: z.string() }),
  kind: z.enum(reactionKinds),
  text: z.string().describe('As written (escape on output)'),
  publicText: z.string(),
  containsContact: z.boolean().describe('The text holds an e-mail address or phone number (masked for the public)'),
  visibility: z.enum(visibilities),
  moderationReason: z.string().nullable(),
  status: z.enum(reactionStatuses),
  statusNote: z.string().nullable(),
  theme: z.string().nullable(),
  answer: z.string().nullable(),
  receivedAt: z.string(),
  dueOn: z.string(),
  pastTarget: z.boolean(),
  wantsMail: z.boolean().describe('An e-mail address was left for the answer'),
  spot,
});
export type QueueItem = z.infer<typeof queueItemSchema>;
export const queueSchema = z.object({ total: z.number().int(), items: z.array(queueItemSchema) });

const countRow = z.object({ key: z.string(), count: z.number().int() });
export const overviewSchema = z.object({
  generatedAt: z.string().describe('When the counts were made (ISO 8601)'),
  from: z.string().nullable(),
  to: z.string().nullable(),
  total: z.number().int(),
  byKind: z.array(countRow),
  byTheme: z.array(countRow),
  byStatus: z.array(countRow),
  byMonth: z.array(z.object({ month: z.string(), kind: z.enum(reactionKinds), count: z.number().int() })),
  openPastTarget: z.array(z.object({ id: z.uuid(), locationName: z.string(), kind: z.enum(reactionKinds), dueOn: z.string() })),
  recurringThemes: z.array(z.object({ term: z.string(), count: z.number().int() })),
  stopWordsNote: z.string(),
  pins: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        geometry: z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
        properties: z.object({
          id: z.uuid(),
          kind: z.enum(reactionKinds),
          status: z.enum(reactionStatuses),
          visibility: z.enum(visibilities),
          locationName: z.string(),
          receivedOn: z.string().describe('Dutch calendar date'),
          text: z.string().describe('E-mail addresses and phone numbers masked'),
        }),
      }),
    ),
  }),
  responseTimes: responseStatsSchema,
});
export type Overview = z.infer<typeof overviewSchema>;
