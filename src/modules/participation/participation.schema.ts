// SPDX-License-Identifier: EUPL-1.2
/**
 * API contract of participation (shared with the web app): residents' reactions, moderation,
 * answers, announcements, page settings, and the public location page.
 */
import { z } from 'zod';
import { dateSchema, lineSchema, textSchema } from '../locations/fields.ts';
import { forbiddenControlCharacters } from './reaction-text.ts';

export const reactionKinds = ['question', 'concern', 'idea', 'initiative', 'offer_of_help', 'support'] as const;
export type ReactionKind = (typeof reactionKinds)[number];
export const reactionStatuses = ['received', 'answered', 'forwarded', 'closed'] as const;
export type ReactionStatus = (typeof reactionStatuses)[number];
export const visibilities = ['pending', 'published', 'hidden'] as const;
export type Visibility = (typeof visibilities)[number];
export const moderationModes = ['before', 'after'] as const;

/** Longest reaction text, in characters. */
export const reactionMaxLength = 2000;
/** Working days within which a reaction should be answered. */
export const responseTargetWorkingDays = 5;

const residentText = z
  .string()
  .max(reactionMaxLength * 2, `must be at most ${reactionMaxLength} characters`)
  .refine((text) => !forbiddenControlCharacters.test(text), 'must not contain control characters')
  .refine((text) => text.trim().length >= 3, 'must be at least 3 characters')
  .refine((text) => text.trim().length <= reactionMaxLength, `must be at most ${reactionMaxLength} characters`);

const emailSchema = z
  .email('must be an e-mail address such as naam@voorbeeld.nl')
  .max(254, 'must be at most 254 characters');

/** A reaction as a resident sends it (JSON, or the form of the public page). */
export const reactionInputSchema = z.object({
  kind: z.enum(reactionKinds).describe('question, concern, idea, initiative, offer_of_help or support'),
  text: residentText.describe(`The reaction, 3 to ${reactionMaxLength} characters`),
  longitude: z.number().min(3.2, 'must lie in the Netherlands').max(7.3, 'must lie in the Netherlands').optional().describe('Map spot, WGS84'),
  latitude: z.number().min(50.7, 'must lie in the Netherlands').max(53.7, 'must lie in the Netherlands').optional().describe('Map spot, WGS84'),
  email: emailSchema.optional().describe('To receive the answer; never shown, deleted after the answer'),
  /** The honeypot: hidden from people, filled only by bots. Must be empty. */
  website: z.string().max(500).optional().describe('Leave empty'),
});
export type ReactionInput = z.infer<typeof reactionInputSchema>;

export const reactionCreatedSchema = z.object({
  id: z.uuid(),
  visibility: z.enum(visibilities),
  status: z.enum(reactionStatuses),
  dueOn: z.string().describe('Answer expected by this date (5 Dutch working days)'),
});

export const moderationInputSchema = z.object({
  decision: z.enum(['publish', 'hide']),
  reason: lineSchema(500).optional().describe('Required when hiding; shown to officials only'),
  theme: lineSchema(60).optional().describe('A theme for the overview, e.g. "verkeer"'),
});
export type ModerationInput = z.infer<typeof moderationInputSchema>;

export const answerInputSchema = z.object({
  answer: textSchema(5000).describe('The public answer, in plain language'),
  theme: lineSchema(60).optional(),
});
export type AnswerInput = z.infer<typeof answerInputSchema>;

export const statusInputSchema = z.object({
  status: z.enum(['forwarded', 'closed']),
  note: lineSchema(500).optional().describe('E.g. to whom it was forwarded'),
});
export type StatusInput = z.infer<typeof statusInputSchema>;

export const announcementInputSchema = z.object({
  title: lineSchema(200),
  body: textSchema(5000),
  meetingAt: z.iso.datetime({ offset: true, message: 'must be a date and time such as 2026-12-01T19:30:00+01:00' }).optional(),
  meetingPlace: lineSchema(300).optional(),
});
export type AnnouncementInput = z.infer<typeof announcementInputSchema>;

export const settingsInputSchema = z.object({
  moderation: z.enum(moderationModes).describe('before: nothing public until a moderator publishes; after: public at once'),
  contactName: lineSchema(200).optional().describe('An office or team, e.g. "Gemeente Utrecht, team opvang"'),
  contactEmail: emailSchema.optional().describe('An organisational address, not a person\u2019s'),
  contactPhone: z.string().regex(/^\+?[0-9 ()-]{3,40}$/, 'must be a phone number').optional(),
  contactUrl: z.url({ protocol: /^https?$/, message: 'must be a web address starting with http(s)://' }).max(500).optional(),
  weighingSummary: textSchema(4000).optional().describe('Why this location: the decision and the weighing, in plain words'),
});
export type SettingsInput = z.infer<typeof settingsInputSchema>;

export const reactionParamsSchema = z.object({ id: z.uuid('must be a reaction id') });

export const queueQuerySchema = z.object({
  locationId: z.uuid().optional(),
  visibility: z.enum(visibilities).optional(),
  status: z.enum(reactionStatuses).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

export const overviewQuerySchema = z.object({
  locationId: z.uuid().optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

export const langQuerySchema = z.object({ lang: z.enum(['nl', 'en']).optional() });
