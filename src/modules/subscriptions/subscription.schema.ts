// SPDX-License-Identifier: EUPL-1.2
/** Input and output of following a location by e-mail (shared with web/). */
import { z } from 'zod';

/** Tokens are 32 random bytes in base64url (43 characters). */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'is not a valid link code').describe('The code from the link in the mail');

export const subscribeInputSchema = z.object({
  /** Where the confirmation mail goes; never shown anywhere. */
  email: z.email().max(254).describe('E-mail address of the follower'),
  /** Honeypot: people leave it empty, robots fill it in. */
  website: z.string().max(200).optional().describe('Leave empty'),
});
export type SubscribeInput = z.infer<typeof subscribeInputSchema>;

export const subscriptionTokenInputSchema = z.object({ token: tokenSchema });
export type SubscriptionTokenInput = z.infer<typeof subscriptionTokenInputSchema>;

export const locationIdParamsSchema = z.object({ id: z.uuid().describe('Location id') });

/** The same answer whether or not the address was known, so the API reveals no subscribers. */
export const subscribeResultSchema = z.object({ status: z.literal('confirmation_sent') });
export const confirmResultSchema = z.object({ status: z.literal('confirmed'), locationId: z.uuid() });
export const unsubscribeResultSchema = z.object({ status: z.literal('unsubscribed') });
