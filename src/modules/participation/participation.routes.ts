// SPDX-License-Identifier: EUPL-1.2
/**
 * Participation under /api/v1: the public location pages and reactions (no account), and for
 * moderators and officials the queue, moderation, answers, statuses, announcements, page
 * settings and the overview. Each route: validate (zod) → authorize (participation.policy.ts) →
 * use case → presenter.
 */
import { z } from 'zod';
import type { ApiApp } from '../../server/api-app.ts';
import { authorize, requireSignedIn } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { locationParamsSchema } from '../locations/fields.ts';
import { answerReaction } from './answer-reaction.ts';
import { getOverview } from './get-overview.ts';
import { listQueue } from './list-queue.ts';
import { moderateReaction } from './moderate-reaction.ts';
import { listPublicLocations } from './page.repository.ts';
import { participationPolicy } from './participation.policy.ts';
import { presentQueueItem } from './participation.presenter.ts';
import { participationRuntime } from './participation-runtime.ts';
import {
  announcementInputSchema,
  answerInputSchema,
  moderationInputSchema,
  overviewQuerySchema,
  queueQuerySchema,
  reactionCreatedSchema,
  reactionInputSchema,
  reactionParamsSchema,
  settingsInputSchema,
  statusInputSchema,
} from './participation.schema.ts';
import { overviewSchema, publicLocationListSchema, publicPageSchema, queueSchema, type PublicPage } from './participation-views.schema.ts';
import { postAnnouncement } from './post-announcement.ts';
import { setReactionStatus } from './set-reaction-status.ts';
import { submitReaction, type SubmittedReaction } from './submit-reaction.ts';
import { updatePageSettings } from './update-page-settings.ts';
import { dutchDateOf } from './working-days.ts';

const publicTags = ['participation (public)'];
const tags = ['participation'];
const security: { [label: string]: string[] }[] = [{ session: [] }, { token: [] }];
const done = z.object({ ok: z.literal(true) });
const createdId = z.object({ id: z.uuid() });

/** Signed in as a moderator, coordinator or municipal officer. */
function queueUser(principal: Principal) {
  const person = requireSignedIn(principal);
  authorize(person, participationPolicy.canUseQueue(person), 'to handle residents\u2019 reactions');
  return person;
}

export async function participationRoutes(app: ApiApp): Promise<void> {
  const { db } = app.deps.database;
  const runtime = participationRuntime(app.deps);
  const baseUrl = app.deps.config.publicUrl;

  app.get(
    '/public/locations',
    { schema: { tags: publicTags, summary: 'Locations with a public page', response: { 200: publicLocationListSchema } } },
    async () => ({
      items: (await listPublicLocations(db)).map((row) => ({ id: row.id, name: row.name, municipalityName: row.municipality_name, status: row.status })),
    }),
  );

  app.get(
    '/public/locations/:id',
    { schema: { tags: publicTags, summary: 'The public page of a location: plan, reasons, announcements, answers', params: locationParamsSchema, response: { 200: publicPageSchema } } },
    async (request, reply) => {
      // The serialised page is cached with the page data: the hot path sends a ready string.
      const page = await runtime.publicPage(request.params.id);
      const json = await runtime.derived(page, 'json', () => JSON.stringify(publicPageSchema.parse(page)));
      // A string payload skips Fastify's serializer; the schema above still documents the shape.
      return reply.type('application/json; charset=utf-8').send(json as unknown as PublicPage);
    },
  );

  app.post(
    '/public/locations/:id/reactions',
    {
      config: { csrf: 'exempt' },
      schema: { tags: publicTags, summary: 'Send a reaction (no account; rate limited per address and location)', params: locationParamsSchema, body: reactionInputSchema, response: { 201: reactionCreatedSchema } },
    },
    async (request, reply) => {
      const { id } = request.params;
      const created = await submitReaction({
        writer: runtime.writer,
        location: await runtime.pageLocation(id),
        input: request.body,
        now: new Date(),
        admit: () => runtime.limiter.take({ address: request.ip, locationId: id }),
      });
      if (created.visibility === 'published') {
        runtime.changed(id);
      }
      // Serialised here: the hot path of a surge skips the schema serializer (the schema above
      // still documents the shape, and `created` is built to it).
      return reply.code(201).type('application/json; charset=utf-8').send(JSON.stringify(created) as unknown as SubmittedReaction);
    },
  );

  app.get(
    '/participation/queue',
    { schema: { tags, summary: 'Reactions to moderate and answer, over all locations in your scope', security, querystring: queueQuerySchema, response: { 200: queueSchema } } },
    async (request) => {
      const principal = queueUser(request.principal);
      const records = await listQueue({ db, principal, query: request.query });
      const today = dutchDateOf(new Date());
      return { total: records.length, items: records.map((record) => presentQueueItem(record, today)) };
    },
  );

  app.get(
    '/participation/overview',
    { schema: { tags, summary: 'Counts by kind, theme and month; open past target; recurring themes; pins', security, querystring: overviewQuerySchema, response: { 200: overviewSchema } } },
    async (request) => getOverview({ db, principal: queueUser(request.principal), query: request.query, now: new Date() }),
  );

  app.post(
    '/participation/reactions/:id/moderation',
    { schema: { tags, summary: 'Publish or hide a reaction (hiding needs a reason)', security, params: reactionParamsSchema, body: moderationInputSchema, response: { 200: done } } },
    async (request) => {
      const record = await moderateReaction({ db, principal: queueUser(request.principal), id: request.params.id, input: request.body, now: new Date() });
      runtime.changed(record.location_id);
      return { ok: true as const };
    },
  );

  app.post(
    '/participation/reactions/:id/answer',
    { schema: { tags, summary: 'Answer a reaction (public; mailed when an address was left)', security, params: reactionParamsSchema, body: answerInputSchema, response: { 200: done } } },
    async (request) => {
      const principal = queueUser(request.principal);
      const record = await answerReaction({ db, principal, id: request.params.id, input: request.body, now: new Date(), publicUrl: baseUrl });
      runtime.changed(record.location_id);
      return { ok: true as const };
    },
  );

  app.post(
    '/participation/reactions/:id/status',
    { schema: { tags, summary: 'Forward or close a reaction', security, params: reactionParamsSchema, body: statusInputSchema, response: { 200: done } } },
    async (request) => {
      const record = await setReactionStatus({ db, principal: queueUser(request.principal), id: request.params.id, input: request.body, now: new Date() });
      runtime.changed(record.location_id);
      return { ok: true as const };
    },
  );

  app.post(
    '/participation/locations/:id/announcements',
    { schema: { tags, summary: 'Post an announcement or meeting on a location\u2019s public page', security, params: locationParamsSchema, body: announcementInputSchema, response: { 201: createdId } } },
    async (request, reply) => {
      const principal = queueUser(request.principal);
      const id = await postAnnouncement({ db, principal, locationId: request.params.id, input: request.body, now: new Date(), publicUrl: baseUrl });
      runtime.changed(request.params.id);
      return reply.code(201).send({ id });
    },
  );

  app.put(
    '/participation/locations/:id/settings',
    { schema: { tags, summary: 'Moderation mode, contact and weighing summary of a location\u2019s page', security, params: locationParamsSchema, body: settingsInputSchema, response: { 200: done } } },
    async (request) => {
      await updatePageSettings({ db, principal: queueUser(request.principal), locationId: request.params.id, input: request.body });
      runtime.changed(request.params.id, { settings: true });
      return { ok: true as const };
    },
  );
}
