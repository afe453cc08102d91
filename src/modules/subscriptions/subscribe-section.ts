// SPDX-License-Identifier: EUPL-1.2
/**
 * The subscribe form and the Atom link on the public location page, in the slot the participation
 * module offers (public-page-sections.ts). The form works without JavaScript: it posts to
 * subscription-pages.routes.ts, which redirects back with a `bericht` for this section.
 */
import type { PublicPageSection } from '../participation/public-page-sections.ts';
import { html } from '../participation/html.ts';
import { feedPath } from './get-location-feed.ts';
import { subscribeFlash, subscriptionTexts } from './subscription-page.texts.ts';

/** Path the form posts to. */
export const subscribeFormPath = (locationId: string) => `/inwoners/locaties/${locationId}/volgen`;

export const subscribeSection: PublicPageSection = {
  id: 'subscriptions',
  head: ({ locationId, lang }) =>
    html`<link rel="alternate" type="application/atom+xml" title="${subscriptionTexts(lang).feed}" href="${feedPath(locationId)}${lang === 'en' ? '?lang=en' : ''}">`.value,
  render: ({ locationId, lang, flash }) => {
    const t = subscriptionTexts(lang);
    const message =
      flash === subscribeFlash.sent
        ? html`<div class="notice" role="status"><p>${t.sent}</p></div>`
        : flash === subscribeFlash.invalid
          ? html`<div class="errors" role="alert"><p>${t.invalid}</p></div>`
          : flash === subscribeFlash.tooMany
            ? html`<div class="errors" role="alert"><p>${t.tooMany}</p></div>`
            : '';
    const invalid = flash === subscribeFlash.invalid;
    const action = `${subscribeFormPath(locationId)}${lang === 'en' ? '?lang=en' : ''}`;
    return html`<section id="volgen" aria-labelledby="volgen-titel">
<h2 id="volgen-titel">${t.sectionTitle}</h2>
<p>${t.sectionIntro}</p>
${message}
<form method="post" action="${action}">
<label for="volgen-email">${t.emailLabel}</label>
<p class="hint" id="volgen-email-hint">${t.emailHint}</p>
<input type="email" id="volgen-email" name="email" autocomplete="email" required maxlength="254" aria-describedby="volgen-email-hint"${invalid ? html` aria-invalid="true"` : ''}>
<div class="hp" aria-hidden="true"><label for="volgen-website">${t.honeypot}</label><input type="text" id="volgen-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.subscribe}</button>
</form>
<p><a href="${feedPath(locationId)}${lang === 'en' ? '?lang=en' : ''}">${t.feed}</a></p>
</section>`.value;
  },
};
