// SPDX-License-Identifier: EUPL-1.2
/**
 * The public location pages as server-rendered HTML under /inwoners/locaties: they work without
 * JavaScript. The reaction form posts application/x-www-form-urlencoded and is redirected back
 * (303) with a message, or shown again with its errors. A filled honeypot gets the same thank-you
 * redirect as a real reaction, but nothing is stored (ADR 0017). Not in the OpenAPI document.
 */
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../shared/errors.ts';
import { pickLang, type Lang } from '../../server/problem-messages.ts';
import { html, trusted } from './html.ts';
import { listPublicLocations } from './page.repository.ts';
import { participationRuntime } from './participation-runtime.ts';
import { formToInput } from './reaction-form.ts';
import { renderPublicPage, type FormState } from './public-page.html.ts';
import { layout, publicPageCsp } from './public-page.layout.ts';
import { locationMapScriptPath, locationMapScriptUrl, sendLocationMapScript } from './location-map-asset.ts';
import { publicPageSections } from './public-page-sections.ts';
import { pageTexts } from './public-page.texts.ts';
import { honeypotField, submitReaction } from './submit-reaction.ts';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const basePathOf = (id: string) => `/inwoners/locaties/${id}`;

type PageRequest = FastifyRequest<{ Params: { id: string }; Querystring: { lang?: string; bericht?: string } }>;

const langOf = (request: FastifyRequest): Lang => pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);
const switchHref = (path: string, lang: Lang) => (lang === 'en' ? path : `${path}?lang=en`);

function sendHtml(reply: FastifyReply, status: number, body: string): FastifyReply {
  // Short caching only: a new announcement or answer must show within a second.
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'Accept-Language')
    .header('content-security-policy', publicPageCsp)
    .send(body);
}

function notFound(reply: FastifyReply, lang: Lang): FastifyReply {
  const t = pageTexts(lang);
  const body = html`<h1>${t.notFoundTitle}</h1><p>${t.notFoundText}</p><p><a href="/inwoners/locaties">${t.backToList}</a></p>`;
  return sendHtml(reply, 404, layout({ lang, title: t.notFoundTitle, body, switchHref: switchHref('/inwoners/locaties', lang) }));
}

export async function participationPages(app: FastifyInstance): Promise<void> {
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  const runtime = participationRuntime(app.deps);
  const { db } = app.deps.database;

  const showPage = async (request: PageRequest, reply: FastifyReply, status: number, form?: FormState, rateLimitedSeconds?: number) => {
    const lang = langOf(request);
    const { id } = request.params;
    if (!uuidPattern.test(id)) {
      return notFound(reply, lang);
    }
    let page;
    try {
      page = await runtime.publicPage(id);
    } catch (error) {
      if (isAppError(error, 'NOT_FOUND')) {
        return notFound(reply, lang);
      }
      throw error;
    }
    const basePath = basePathOf(id);
    const flash = request.query.bericht;
    const render = async () => {
      const context = { locationId: id, lang, basePath, flash };
      const sections = await Promise.all(publicPageSections().map((section) => section.render(context)));
      const head = html`<script type="module" src="${locationMapScriptUrl()}"></script>${publicPageSections().map((section) => trusted(section.head ? section.head(context) : ''))}`;
      const map = await runtime.locationMap(page.location);
      const body = renderPublicPage(page, { lang, basePath, flash, form, sections, map, ...(rateLimitedSeconds ? { rateLimitedSeconds } : {}) });
      return layout({ lang, title: page.location.name, body, head, switchHref: switchHref(basePath, lang) });
    };
    // The plain page (no message, no form to show again) is rendered once per page data and language.
    const plain = status === 200 && !form && flash === undefined;
    return sendHtml(reply, status, plain ? await runtime.derived(page, `html:${lang}`, render) : await render());
  };

  app.get('/inwoners/locaties', { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const t = pageTexts(lang);
    const locations = await listPublicLocations(db);
    const suffix = lang === 'en' ? '?lang=en' : '';
    const body = html`<h1>${t.listTitle}</h1><p>${t.listIntro}</p>${
      locations.length === 0
        ? html`<p>${t.noLocations}</p>`
        : html`<ul>${locations.map((row) => html`<li><a href="${basePathOf(row.id)}${suffix}">${row.name}</a> (${row.municipality_name})</li>`)}</ul>`
    }`;
    return sendHtml(reply, 200, layout({ lang, title: t.listTitle, body, switchHref: switchHref('/inwoners/locaties', lang) }));
  });

  app.get(locationMapScriptPath, { schema: { hide: true } }, async (request: FastifyRequest<{ Querystring: { v?: string } }>, reply) =>
    sendLocationMapScript(request, reply),
  );

  app.get('/inwoners/locaties/:id', { schema: { hide: true } }, async (request: PageRequest, reply) => showPage(request, reply, 200));

  app.post('/inwoners/locaties/:id', { schema: { hide: true } }, async (request: PageRequest, reply) => {
    const lang = langOf(request);
    const { id } = request.params;
    if (!uuidPattern.test(id)) {
      return notFound(reply, lang);
    }
    const parsed = formToInput(request.body, lang);
    if (!parsed.input) {
      return showPage(request, reply, 400, parsed.form);
    }
    const back = (message: string) =>
      reply.code(303).header('location', `${basePathOf(id)}?${lang === 'en' ? 'lang=en&' : ''}bericht=${message}#reactie-bericht`).send();
    try {
      const created = await submitReaction({
        writer: runtime.writer,
        location: await runtime.pageLocation(id),
        input: parsed.input,
        now: new Date(),
        admit: () => runtime.limiter.take({ address: request.ip, locationId: id }),
      });
      if (created.visibility === 'published') {
        runtime.changed(id);
      }
      return back(created.visibility === 'published' ? 'ontvangen' : 'ontvangen-moderatie');
    } catch (error) {
      if (isAppError(error, 'VALIDATION_FAILED') && error.field === honeypotField) {
        return back('ontvangen-moderatie');
      }
      if (isAppError(error, 'VALIDATION_FAILED') && error.field) {
        const field = error.field.replace(/^body\./, '');
        return showPage(request, reply, 400, { values: parsed.form.values, errors: { [field]: pageTexts(lang).fieldErrors[field] ?? error.message } });
      }
      if (isAppError(error, 'RATE_LIMITED')) {
        const seconds = Number(error.details?.retryAfterSeconds ?? 60);
        reply.header('retry-after', String(seconds));
        return showPage(request, reply, 429, parsed.form, seconds);
      }
      if (isAppError(error, 'NOT_FOUND')) {
        return notFound(reply, lang);
      }
      throw error;
    }
  });
}
