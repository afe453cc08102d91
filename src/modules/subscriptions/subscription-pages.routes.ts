// SPDX-License-Identifier: EUPL-1.2
/**
 * The server-rendered side of following a location (works without JavaScript), next to the
 * public pages of the participation module: the subscribe form's target, and the pages behind the
 * links in the mails. Links in mail only show a page with a button; the button's POST confirms or
 * unsubscribes, so mail scanners that open links change nothing. The unsubscribe URL also takes
 * the RFC 8058 one-click POST. Not in the OpenAPI document (the JSON routes are).
 */
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError } from '../../shared/errors.ts';
import { pickLang, type Lang } from '../../server/problem-messages.ts';
import { html, type SafeHtml } from '../participation/html.ts';
import { layout, publicPageCsp } from '../participation/public-page.layout.ts';
import { registerPublicPageSection } from '../participation/public-page-sections.ts';
import { createReactionLimiter } from '../participation/reaction-limiter.ts';
import { confirmSubscription } from './confirm-subscription.ts';
import { subscribeSection } from './subscribe-section.ts';
import { subscribeToLocation } from './subscribe-to-location.ts';
import { confirmPath, unsubscribePath } from './subscription-mail.ts';
import { subscribeFlash, subscriptionTexts } from './subscription-page.texts.ts';
import { subscribeInputSchema, subscriptionTokenInputSchema } from './subscription.schema.ts';
import { subscribeLimits } from './subscription.routes.ts';
import { unsubscribeFromLocation } from './unsubscribe-from-location.ts';

type Query = { lang?: string; token?: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const langOf = (request: FastifyRequest<{ Querystring: Query }>): Lang =>
  pickLang(request.query, request.cookies?.lang, request.headers['accept-language']);
const langSuffix = (lang: Lang, first: '?' | '&') => (lang === 'en' ? `${first}lang=en` : '');
const tokenOf = (value: unknown): string | null => {
  const parsed = subscriptionTokenInputSchema.safeParse({ token: value });
  return parsed.success ? parsed.data.token : null;
};

function page(reply: FastifyReply, status: number, lang: Lang, title: string, body: SafeHtml, path: string): FastifyReply {
  const switchHref = lang === 'en' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
  // Pages behind a token: never cached, never sent on as a referrer.
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('content-security-policy', publicPageCsp)
    .send(layout({ lang, title, body: html`<h1>${title}</h1>${body}`, switchHref }));
}

export async function subscriptionPages(app: FastifyInstance): Promise<void> {
  await app.register(fastifyFormbody, { bodyLimit: 16 * 1024 });
  registerPublicPageSection(subscribeSection);
  const { database, config } = app.deps;
  const limiter = createReactionLimiter(subscribeLimits);

  app.post<{ Params: { id: string }; Querystring: Query; Body: unknown }>(
    '/inwoners/locaties/:id/volgen',
    { schema: { hide: true } },
    async (request, reply) => {
      const lang = langOf(request);
      const { id } = request.params;
      const back = (flash: string) =>
        reply.redirect(`/inwoners/locaties/${id}?bericht=${flash}${langSuffix(lang, '&')}#volgen`, 303);
      if (!uuidPattern.test(id)) {
        return reply.redirect(`/inwoners/locaties${langSuffix(lang, '?')}`, 303);
      }
      const input = subscribeInputSchema.safeParse(request.body ?? {});
      if (!input.success) {
        return back(subscribeFlash.invalid);
      }
      try {
        limiter.take({ address: request.ip, locationId: id });
        await subscribeToLocation({ database, locationId: id, input: input.data, publicUrl: config.publicUrl });
      } catch (error) {
        if (isAppError(error, 'RATE_LIMITED')) {
          return back(subscribeFlash.tooMany);
        }
        if (isAppError(error, 'NOT_FOUND')) {
          return reply.redirect(`/inwoners/locaties${langSuffix(lang, '?')}`, 303);
        }
        throw error;
      }
      return back(subscribeFlash.sent);
    },
  );

  const askPage = (kind: 'confirm' | 'unsubscribe') => async (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) => {
    const lang = langOf(request);
    const t = subscriptionTexts(lang);
    const token = tokenOf(request.query.token);
    const path = kind === 'confirm' ? confirmPath : unsubscribePath;
    if (!token) {
      return page(reply, 404, lang, t.badLinkTitle, html`<p>${t.badLinkText}</p><p><a href="/inwoners/locaties${langSuffix(lang, '?')}">${t.toList}</a></p>`, path);
    }
    const title = kind === 'confirm' ? t.confirmTitle : t.unsubscribeTitle;
    const text = kind === 'confirm' ? t.confirmText : t.unsubscribeText;
    const button = kind === 'confirm' ? t.confirmButton : t.unsubscribeButton;
    const action = `${path}?token=${token}${langSuffix(lang, '&')}`;
    return page(reply, 200, lang, title, html`<p>${text}</p><form method="post" action="${action}"><button type="submit">${button}</button></form>`, `${path}?token=${token}`);
  };
  app.get<{ Querystring: Query }>(confirmPath, { schema: { hide: true } }, askPage('confirm'));
  app.get<{ Querystring: Query }>(unsubscribePath, { schema: { hide: true } }, askPage('unsubscribe'));

  app.post<{ Querystring: Query; Body: unknown }>(confirmPath, { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const t = subscriptionTexts(lang);
    const token = tokenOf(request.query.token);
    const badLink = () => page(reply, 404, lang, t.badLinkTitle, html`<p>${t.badLinkText}</p><p><a href="/inwoners/locaties${langSuffix(lang, '?')}">${t.toList}</a></p>`, confirmPath);
    if (!token) {
      return badLink();
    }
    try {
      const { locationId } = await confirmSubscription({ database, token });
      const link = `/inwoners/locaties/${locationId}${langSuffix(lang, '?')}`;
      return page(reply, 200, lang, t.confirmedTitle, html`<p role="status">${t.confirmedText}</p><p><a href="${link}">${t.toPage}</a></p>`, confirmPath);
    } catch (error) {
      if (isAppError(error, 'NOT_FOUND')) {
        return badLink();
      }
      throw error;
    }
  });

  app.post<{ Querystring: Query; Body: unknown }>(unsubscribePath, { schema: { hide: true } }, async (request, reply) => {
    const lang = langOf(request);
    const t = subscriptionTexts(lang);
    const token = tokenOf(request.query.token);
    if (token) {
      await unsubscribeFromLocation({ database, token });
    }
    // The same page for every link: it does not tell whether anyone was subscribed.
    return page(reply, 200, lang, t.unsubscribedTitle, html`<p role="status">${t.unsubscribedText}</p><p><a href="/inwoners/locaties${langSuffix(lang, '?')}">${t.toList}</a></p>`, unsubscribePath);
  });
}
