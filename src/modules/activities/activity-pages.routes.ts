// SPDX-License-Identifier: EUPL-1.2
/**
 * The activities board as server-rendered HTML at /inwoners/activiteiten (works without
 * JavaScript): filter by kind with a GET form, post with a POST form that redirects back (303)
 * or shows the form again with its errors. Not in the OpenAPI document (the JSON routes are).
 */
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../shared/errors.ts';
import { pickLang, type Lang } from '../../server/problem-messages.ts';
import { layout, publicPageCsp } from '../participation/public-page.layout.ts';
import { registerPublicPageSection } from '../participation/public-page-sections.ts';
import { createReactionLimiter } from '../participation/reaction-limiter.ts';
import { formFields, parseActivityForm, type ActivityFormValues } from './activity-form.ts';
import { boardPath, renderBoardPage, renderLocationActivities, type BoardPageOptions } from './activity-page.html.ts';
import { activityTexts } from './activity-page.texts.ts';
import { presentPublicActivity } from './activity.presenter.ts';
import { listMunicipalityChoices } from './activity.repository.ts';
import { activityKindSchema } from './activity.schema.ts';
import { activityLimits } from './activity.routes.ts';
import { listActivities } from './list-activities.ts';
import { submitActivity } from './submit-activity.ts';

type BoardRequest = FastifyRequest<{ Querystring: { lang?: string; soort?: string; bericht?: string; locatie?: string }; Body: unknown }>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const langOf = (request: BoardRequest): Lang => pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);

export async function activityPages(app: FastifyInstance): Promise<void> {
  await app.register(fastifyFormbody, { bodyLimit: 32 * 1024 });
  const { database } = app.deps;
  const limiter = createReactionLimiter(activityLimits);
  // The location page shows its upcoming activities; its cache keeps them under a second.
  registerPublicPageSection({
    id: 'activities',
    render: async ({ locationId, lang }) => {
      const rows = await listActivities({ database, query: { locationId } });
      return renderLocationActivities({ lang, locationId, activities: rows.map(presentPublicActivity) }).value;
    },
  });

  const show = async (request: BoardRequest, reply: FastifyReply, status: number, extra: Pick<BoardPageOptions, 'flash' | 'form'>) => {
    const lang = langOf(request);
    const kind = activityKindSchema.safeParse(request.query.soort);
    const [rows, municipalities] = await Promise.all([
      listActivities({ database, query: kind.success ? { kind: kind.data } : {} }),
      listMunicipalityChoices(database.db),
    ]);
    const body = renderBoardPage({
      lang,
      activities: rows.map(presentPublicActivity),
      kind: kind.success ? kind.data : undefined,
      municipalities,
      ...extra,
    });
    const switchHref = lang === 'en' ? boardPath : `${boardPath}?lang=en`;
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', publicPageCsp)
      .send(layout({ lang, title: activityTexts(lang).title, body, switchHref }));
  };

  app.get(boardPath, { schema: { hide: true } }, async (request: BoardRequest, reply) => {
    const flash = request.query.bericht === 'ontvangen' ? 'received' : request.query.bericht === 'te-vaak' ? 'tooMany' : undefined;
    // Coming from a location's page: the new activity goes with that location.
    const locationId = request.query.locatie && uuidPattern.test(request.query.locatie) ? request.query.locatie : undefined;
    const values = locationId ? ({ ...Object.fromEntries(formFields.map((name) => [name, ''])), locationId } as ActivityFormValues) : undefined;
    return show(request, reply, 200, { flash, ...(values ? { form: { values, fields: [] } } : {}) });
  });

  app.post(boardPath, { schema: { hide: true } }, async (request: BoardRequest, reply) => {
    const lang = langOf(request);
    const back = (bericht: string) => reply.redirect(`${boardPath}?bericht=${bericht}${lang === 'en' ? '&lang=en' : ''}`, 303);
    const parsed = parseActivityForm(request.body);
    if (!parsed.ok) {
      return show(request, reply, 400, { flash: undefined, form: { values: parsed.values, fields: parsed.fields } });
    }
    try {
      limiter.take({ address: request.ip, locationId: 'board' });
      await submitActivity({ database, input: parsed.input, actor: 'system:public' });
    } catch (error) {
      if (isAppError(error, 'RATE_LIMITED')) {
        return back('te-vaak');
      }
      if (isAppError(error, 'VALIDATION_FAILED') && error.field) {
        const name = error.field.replace(/^body\./, '');
        return show(request, reply, 400, { flash: undefined, form: { values: parsed.values, fields: [name] } });
      }
      throw error;
    }
    return back('ontvangen');
  });
}
