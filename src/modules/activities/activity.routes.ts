// SPDX-License-Identifier: EUPL-1.2
/**
 * The activities board under /api/v1: the public list and the public post (rate-limited per
 * client address), and for moderators and officials the queue and the decision. Each route:
 * validate (zod) → authorize (activity.policy.ts) → use case → presenter.
 */
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import { actorOf } from '../../shared/principal.ts';
import { createReactionLimiter } from '../participation/reaction-limiter.ts';
import { activityPolicy } from './activity.policy.ts';
import { presentPublicActivity, presentQueuedActivity } from './activity.presenter.ts';
import {
  activityInputSchema,
  activityListQuerySchema,
  activityModeratedSchema,
  activityModerationInputSchema,
  activityParamsSchema,
  activityQueueQuerySchema,
  activityQueueSchema,
  activitySubmittedSchema,
  publicActivityListSchema,
} from './activity.schema.ts';
import { listActivities } from './list-activities.ts';
import { listActivityQueue } from './list-activity-queue.ts';
import { moderateActivity } from './moderate-activity.ts';
import { participationRuntime } from '../participation/participation-runtime.ts';
import { submitActivity } from './submit-activity.ts';

const publicTags = ['activities (public)'];
const tags = ['activities'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];

/** Activities posted per client address (and on the whole board) within an hour. */
export const activityLimits = { perAddress: 10, perLocation: 500, windowMs: 60 * 60_000 };

export async function activityRoutes(app: ApiApp): Promise<void> {
  const { database } = app.deps;
  const limiter = createReactionLimiter(activityLimits);

  app.get(
    '/public/activities',
    {
      schema: {
        tags: publicTags,
        summary: 'Upcoming published activities newcomers can join, soonest first',
        querystring: activityListQuerySchema,
        response: { 200: publicActivityListSchema },
      },
    },
    async (request) => {
      const rows = await listActivities({ database, query: request.query });
      return { items: rows.map(presentPublicActivity) };
    },
  );

  app.post(
    '/public/activities',
    {
      schema: {
        tags: publicTags,
        summary: 'Post an activity; it is published after moderation',
        body: activityInputSchema,
        response: { 202: activitySubmittedSchema },
      },
    },
    async (request, reply) => {
      limiter.take({ address: request.ip, locationId: 'board' });
      const actor = request.principal.kind === 'person' ? actorOf(request.principal) : 'system:public';
      const { id } = await submitActivity({ database, input: request.body, actor });
      return reply.code(202).send({ id, status: 'pending' as const });
    },
  );

  app.get(
    '/activities/queue',
    {
      schema: {
        tags,
        security,
        summary: 'Activities in the caller\u2019s scope: waiting for moderation (oldest first), published or hidden',
        querystring: activityQueueQuerySchema,
        response: { 200: activityQueueSchema },
      },
    },
    async (request) => {
      const person = requireSignedIn(request.principal);
      authorize(person, activityPolicy.canModerate(person), 'to moderate activities');
      const rows = await listActivityQueue({ database, principal: person, query: request.query });
      return { items: rows.map(presentQueuedActivity) };
    },
  );

  app.post(
    '/activities/:id/moderation',
    {
      schema: {
        tags,
        security,
        summary: 'Publish or reject a pending activity, hide a published one, or publish a hidden one again',
        params: activityParamsSchema,
        body: activityModerationInputSchema,
        response: { 200: activityModeratedSchema },
      },
    },
    async (request) => {
      const person = requireSignedIn(request.principal);
      authorize(person, activityPolicy.canModerate(person), 'to moderate activities');
      const { id, status, locationId } = await moderateActivity({ database, principal: person, id: request.params.id, input: request.body });
      if (locationId) {
        // The location's public page lists its upcoming activities: show the decision at once.
        participationRuntime(app.deps).changed(locationId);
      }
      return { id, status };
    },
  );
}
