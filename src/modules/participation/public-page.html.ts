// SPDX-License-Identifier: EUPL-1.2
/** The public page of a location as HTML: plan, reasons, news, meetings, answers, the form, contact. */
import type { Lang } from '../../server/problem-messages.ts';
import { html, paragraphs, trusted, type SafeHtml } from './html.ts';
import { renderLocationMap, type LocationMapBase, type LonLat } from './location-map.ts';
import type { PublicPage } from './participation-views.schema.ts';
import { reactionKinds, reactionMaxLength } from './participation.schema.ts';
import { pageTexts, type PageTexts } from './public-page.texts.ts';

/** What the resident typed and what was wrong with it, to show the form again. */
export type FormState = { values: Record<string, string>; errors: Record<string, string> };

export type PageRenderOptions = {
  lang: Lang;
  basePath: string;
  flash: string | undefined;
  form: FormState | undefined;
  rateLimitedSeconds?: number;
  /** Rendered sections of other modules (trusted HTML). */
  sections: string[];
  /** The location's map (drawn in the form, where the script lets a resident tap a spot). */
  map?: LocationMapBase;
};

const dateFormat = (lang: Lang, withTime = false) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
const formatDate = (lang: Lang, iso: string, withTime = false): string =>
  dateFormat(lang, withTime).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));

function planned(page: PublicPage, lang: Lang, t: PageTexts): SafeHtml {
  const { location } = page;
  const from = location.plannedFrom ? formatDate(lang, location.plannedFrom) : t.unknown;
  const until = location.plannedUntil ? formatDate(lang, location.plannedUntil) : t.unknown;
  return html`<h2 id="gepland">${t.whatTitle}</h2>
<dl>
<dt>${t.where}</dt><dd>${location.address ?? location.name}</dd>
<dt>${t.municipality}</dt><dd>${location.municipality.name}</dd>
<dt>${t.kind}</dt><dd>${t.locationKinds[location.kind] ?? location.kind}</dd>
<dt>${t.howMany}</dt><dd>${t.people(location.capacity)}</dd>
<dt>${t.period}</dt><dd>${t.from} ${from}, ${t.until} ${until}</dd>
<dt>${t.stage}</dt><dd>${t.statuses[location.status] ?? location.status}</dd>
</dl>
${location.summary ? paragraphs(location.summary) : ''}`;
}

function why(page: PublicPage, lang: Lang, t: PageTexts): SafeHtml {
  const { decision, weighingSummary } = page.location;
  return html`<h2 id="waarom">${t.whyTitle}</h2>
<p>${decision ? t.decision(decision.decidedBy, formatDate(lang, decision.decidedOn), decision.outcome === 'yes') : t.noDecision}</p>
${weighingSummary ? html`<h3>${t.weighing}</h3>${paragraphs(weighingSummary)}` : ''}`;
}

function news(page: PublicPage, lang: Lang, t: PageTexts): SafeHtml {
  const meetings = page.upcomingMeetings.map(
    (item) => html`<li><h3>${item.title}</h3><p><strong>${t.meetingAt}:</strong> ${formatDate(lang, item.meeting?.at ?? '', true)}${
      item.meeting?.place ? html`<br><strong>${t.meetingPlace}:</strong> ${item.meeting.place}` : ''
    }</p></li>`,
  );
  const items = page.announcements.map(
    (item) => html`<li><h3>${item.title}</h3><p class="meta">${formatDate(lang, item.publishedAt)}</p>${paragraphs(item.body)}</li>`,
  );
  return html`<h2 id="bijeenkomsten">${t.meetingsTitle}</h2>
${meetings.length > 0 ? html`<ul class="reactions">${meetings}</ul>` : html`<p>${t.noMeetings}</p>`}
<h2 id="nieuws">${t.newsTitle}</h2>
${items.length > 0 ? html`<ol class="timeline">${items}</ol>` : html`<p>${t.noNews}</p>`}`;
}

function reactions(page: PublicPage, lang: Lang, t: PageTexts): SafeHtml {
  const stats = page.responseTimes;
  const items = page.reactions.map(
    (item) => html`<li><h3>${t.kinds[item.kind]}</h3><p class="meta">${t.received} ${formatDate(lang, item.receivedOn)}</p>${paragraphs(item.text)}${
      item.answer
        ? html`<div class="answer"><h4>${t.answer}</h4>${paragraphs(item.answer.text)}<p class="meta">${formatDate(lang, item.answer.answeredOn)}, ${t.answeredIn(item.answer.workingDays)}</p></div>`
        : html`<p class="meta">${t.waiting}</p>`
    }</li>`,
  );
  return html`<h2 id="reacties">${t.reactionsTitle}</h2>
${items.length > 0 ? html`<ul class="reactions">${items}</ul>` : html`<p>${t.noReactions}</p>`}
<h3>${t.responseTitle}</h3>
<p>${t.responseText(stats.answeredWithinTarget, stats.answered, stats.targetWorkingDays)} ${
    stats.medianWorkingDays === null ? '' : t.responseMedian(stats.medianWorkingDays)
  } ${t.openPast(stats.openPastTarget)}</p>
<p class="meta">${stats.formula}</p>`;
}

function errorOf(form: FormState | undefined, field: string): SafeHtml | '' {
  const message = form?.errors[field];
  return message ? html`<p class="field-error" id="fout-${field}">${message}</p>` : '';
}

/** The map with its caption; the hint, the remove button and the live region serve the script. */
function mapBlock(page: PublicPage, base: LocationMapBase, lang: Lang, t: PageTexts): SafeHtml {
  const dots = page.reactions.map((item) => item.spot).filter((spot): spot is LonLat => spot !== null);
  const { location } = page;
  const svg = renderLocationMap(base, dots, {
    title: t.mapTitle(location.municipality.name, location.name),
    description: t.mapDescription(dots.length),
    locationLabel: t.mapLocationLabel,
  });
  return html`<figure class="map-figure" id="kaart-blok" data-decimal="${lang === 'en' ? '.' : ','}" data-text-set="${t.mapSpotSet}" data-text-removed="${t.mapSpotRemoved}">
${svg}
<figcaption class="meta">${t.mapCaption}</figcaption>
<p class="hint" id="kaart-hint" hidden>${t.mapHint}</p>
<button type="button" class="secondary" id="kaart-wissen" hidden>${t.mapRemove}</button>
<p id="kaart-status" role="status"></p>
</figure>`;
}

function reactionForm(page: PublicPage, options: PageRenderOptions, t: PageTexts): SafeHtml {
  const values = options.form?.values ?? {};
  const errors = Object.entries(options.form?.errors ?? {});
  const described = (field: string, hint: string) => (options.form?.errors[field] ? `fout-${field} ${hint}` : hint);
  const flash = options.flash === 'ontvangen' || options.flash === 'ontvangen-moderatie'
    ? html`<div class="notice" role="status" id="reactie-bericht"><p>${t.thanks}</p>${options.flash === 'ontvangen-moderatie' ? html`<p>${t.thanksPending}</p>` : ''}</div>`
    : '';
  const limited = options.rateLimitedSeconds ? html`<div class="errors" role="alert"><p>${t.tooMany(options.rateLimitedSeconds)}</p></div>` : '';
  const summary = errors.length > 0
    ? html`<div class="errors" role="alert" id="fouten"><p>${t.errorsTitle}</p><ul>${errors.map(([field, message]) => html`<li><a href="#veld-${field}">${message}</a></li>`)}</ul></div>`
    : '';
  return html`<h2 id="reageren">${t.formTitle}</h2>
${flash}${limited}${summary}
<p>${t.formIntro} ${page.moderation === 'before' ? t.moderationBefore : t.moderationAfter}</p>
<form method="post" action="${options.basePath}${options.lang === 'en' ? '?lang=en' : ''}" novalidate>
<fieldset id="veld-kind"${options.form?.errors.kind ? trusted(' aria-describedby="fout-kind"') : ''}><legend>${t.kindLegend}</legend>${errorOf(options.form, 'kind')}
${reactionKinds.map((kind) => html`<div class="radio"><input type="radio" name="kind" id="soort-${kind}" value="${kind}"${(values.kind ?? 'question') === kind ? trusted(' checked') : ''}><label for="soort-${kind}">${t.kinds[kind]}</label></div>`)}
</fieldset>
<label for="veld-text">${t.textLabel}</label>
<p class="hint" id="hint-text">${t.textHint(reactionMaxLength)}</p>${errorOf(options.form, 'text')}
<textarea id="veld-text" name="text" maxlength="${reactionMaxLength}" required aria-describedby="${described('text', 'hint-text')}">${values.text ?? ''}</textarea>
${options.map ? mapBlock(page, options.map, options.lang, t) : ''}
<details${values.longitude || values.latitude ? trusted(' open') : ''}><summary>${t.spotSummary}</summary>
<label for="veld-longitude">${t.longitude}</label>${errorOf(options.form, 'longitude')}
<input type="text" inputmode="decimal" id="veld-longitude" name="longitude" value="${values.longitude ?? ''}">
<label for="veld-latitude">${t.latitude}</label>${errorOf(options.form, 'latitude')}
<input type="text" inputmode="decimal" id="veld-latitude" name="latitude" value="${values.latitude ?? ''}">
</details>
<label for="veld-email">${t.emailLabel}</label>
<p class="hint" id="hint-email">${t.emailHint}</p>${errorOf(options.form, 'email')}
<input type="email" id="veld-email" name="email" autocomplete="email" value="${values.email ?? ''}" aria-describedby="${described('email', 'hint-email')}">
<div class="hp" aria-hidden="true"><label for="veld-website">${t.honeypot}</label><input type="text" id="veld-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.send}</button>
</form>`;
}

function contact(page: PublicPage, t: PageTexts): SafeHtml {
  const { name, email, phone, url } = page.contact;
  if (!name && !email && !phone && !url) {
    return html`<h2 id="contact">${t.contactTitle}</h2><p>${t.noContact} ${page.location.municipality.name}</p>`;
  }
  return html`<h2 id="contact">${t.contactTitle}</h2><p>${t.contactIntro}</p>
<dl>${name ? html`<dt>${t.contactTitle}</dt><dd>${name}</dd>` : ''}${
    phone ? html`<dt>${t.phone}</dt><dd><a href="tel:${phone.replace(/[^+0-9]/g, '')}">${phone}</a></dd>` : ''
  }${email ? html`<dt>${t.email}</dt><dd><a href="mailto:${email}">${email}</a></dd>` : ''}${
    url ? html`<dt>${t.website}</dt><dd><a href="${url}">${url}</a></dd>` : ''
  }</dl>`;
}

/** The body of the page (inside <main>). */
export function renderPublicPage(page: PublicPage, options: PageRenderOptions): SafeHtml {
  const t = pageTexts(options.lang);
  return html`<h1>${page.location.name}</h1>
${planned(page, options.lang, t)}
${why(page, options.lang, t)}
${news(page, options.lang, t)}
${reactions(page, options.lang, t)}
${reactionForm(page, options, t)}
<!-- part B: subscriptions and activities -->
${options.sections.map(trusted)}
${contact(page, t)}`;
}
