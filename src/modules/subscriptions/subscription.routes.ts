// SPDX-License-Identifier: EUPL-1.2
/**
 * Following a location under /api/v1/public: subscribe (double opt-in), confirm, unsubscribe, and
 * the Atom feed. All public: the mail with its link is the proof, not an account. Each route:
 * validate (zod) → limit → use case → present.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { pickLang } from '../../server/problem-messages.ts';
import { createReactionLimiter } from '../participation/reaction-limiter.ts';
import { confirmSubscription } from './confirm-subscription.ts';
import { getLocationFeed } from './get-location-feed.ts';
import { subscribeToLocation } from './subscribe-to-location.ts';
import {
  confirmResultSchema,
  locationIdParamsSchema,
  subscribeInputSchema,
  subscribeResultSchema,
  subscriptionTokenInputSchema,
  unsubscribeResultSchema,
} from './subscription.schema.ts';
import { unsubscribeFromLocation } from './unsubscribe-from-location.ts';

const tags = ['subscriptions (public)'];

/** Subscribe requests per client address and per location within ten minutes. */
export const subscribeLimits = { perAddress: 10, perLocation: 300, windowMs: 10 * 60_000 };

export async function subscriptionRoutes(app: ApiApp): Promise<void> {
  const { database, config } = app.deps;
  const limiter = createReactionLimiter(subscribeLimits);

  app.post(
    '/public/locations/:id/subscriptions',
    {
      schema: {
        tags,
        summary: 'Follow a location by e-mail: sends a confirmation mail (double opt-in)',
        params: locationIdParamsSchema,
        body: subscribeInputSchema,
        response: { 202: subscribeResultSchema },
      },
    },
    async (request, reply) => {
      limiter.take({ address: request.ip, locationId: request.params.id });
      await subscribeToLocation({ database, locationId: request.params.id, input: request.body, publicUrl: config.publicUrl });
      return reply.code(202).send({ status: 'confirmation_sent' as const });
    },
  );

  app.post(
    '/public/subscriptions/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm a subscription with the code from the confirmation mail (single use)',
        body: subscriptionTokenInputSchema,
        response: { 200: confirmResultSchema },
      },
    },
    async (request) => {
      const { locationId } = await confirmSubscription({ database, token: request.body.token });
      return { status: 'confirmed' as const, locationId };
    },
  );

  app.post(
    '/public/subscriptions/unsubscribe',
    {
      schema: {
        tags,
        summary: 'Stop following: deletes the subscription and the address (same answer for unknown codes)',
        body: subscriptionTokenInputSchema,
        response: { 200: unsubscribeResultSchema },
      },
    },
    async (request) => {
      await unsubscribeFromLocation({ database, token: request.body.token });
      return { status: 'unsubscribed' as const };
    },
  );

  app.get(
    '/public/locations/:id/feed.atom',
    {
      schema: {
        tags,
        summary: 'Atom 1.0 feed of a public location page: announcements and published answers',
        params: locationIdParamsSchema,
      },
    },
    async (request, reply) => {
      const lang = pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);
      const xml = await getLocationFeed({ database, locationId: request.params.id, publicUrl: config.publicUrl, lang });
      return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'no-cache').send(xml);
    },
  );
}
