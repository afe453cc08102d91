// SPDX-License-Identifier: EUPL-1.2
/**
 * The board as HTML: a filter (a plain GET form), the list, and the form to post an activity
 * with its errors. Every user text goes through the escaping `html` template.
 */
import type { Lang } from '../../server/problem-messages.ts';
import { html, type SafeHtml } from '../participation/html.ts';
import type { ActivityFormValues } from './activity-form.ts';
import { activityKinds, type ActivityKind, type PublicActivity } from './activity.schema.ts';
import { activityTexts } from './activity-page.texts.ts';

/** Where the board lives. */
export const boardPath = '/inwoners/activiteiten';

export type BoardPageOptions = {
  lang: Lang;
  activities: PublicActivity[];
  kind: ActivityKind | undefined;
  municipalities: Array<{ code: string; name: string }>;
  flash: 'received' | 'tooMany' | undefined;
  form?: { values: ActivityFormValues; fields: string[] };
};

function when(activity: PublicActivity, lang: Lang): string {
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  });
  const start = format.format(new Date(activity.startsAt));
  const range = activity.endsAt ? `${start} – ${format.format(new Date(activity.endsAt))}` : start;
  return activity.schedule ? `${range} (${activity.schedule})` : range;
}

/** One activity as a list item (the board, and the location page's section). */
export function activityItem(activity: PublicActivity, lang: Lang): SafeHtml {
  const t = activityTexts(lang);
  const suffix = lang === 'en' ? '?lang=en' : '';
  return html`<li><article aria-labelledby="activiteit-${activity.id}">
<h3 id="activiteit-${activity.id}">${activity.title}</h3>
<p class="meta">${t.kinds[activity.kind]}</p>
<p>${activity.description}</p>
<dl>
<dt>${t.when}</dt><dd>${when(activity, lang)}</dd>
<dt>${t.where}</dt><dd>${activity.place} (${activity.municipality.name})</dd>
${activity.location ? html`<dt>${t.nearLocation}</dt><dd><a href="/inwoners/locaties/${activity.location.id}${suffix}">${activity.location.name}</a></dd>` : ''}
<dt>${t.organiser}</dt><dd>${activity.organiser.name}</dd>
<dt>${t.contact}</dt><dd><a href="mailto:${activity.organiser.email}">${activity.organiser.email}</a></dd>
${activity.organiser.url ? html`<dt>${t.website}</dt><dd><a href="${activity.organiser.url}" rel="nofollow noopener">${activity.organiser.url}</a></dd>` : ''}
</dl>
</article></li>`;
}

type FieldSpec = { name: keyof ActivityFormValues; label: string; type: string; required: boolean; max: number; hint?: string };

function field(spec: FieldSpec, values: ActivityFormValues | undefined, errors: string[], errorText: string): SafeHtml {
  const invalid = errors.includes(spec.name);
  const id = `activiteit-${spec.name}`;
  const describedBy = [spec.hint ? `${id}-hint` : '', invalid ? `${id}-fout` : ''].filter(Boolean).join(' ');
  const attributes = html`id="${id}" name="${spec.name}"${spec.required ? html` required` : ''}${describedBy ? html` aria-describedby="${describedBy}"` : ''}${invalid ? html` aria-invalid="true"` : ''}`;
  const value = values?.[spec.name] ?? '';
  return html`<label for="${id}">${spec.label}</label>
${spec.hint ? html`<p class="hint" id="${id}-hint">${spec.hint}</p>` : ''}
${invalid ? html`<p class="field-error" id="${id}-fout">${errorText}</p>` : ''}
${spec.type === 'textarea' ? html`<textarea ${attributes} maxlength="${spec.max}">${value}</textarea>` : html`<input type="${spec.type}" ${attributes} maxlength="${spec.max}" value="${value}">`}`;
}

function postForm(options: BoardPageOptions): SafeHtml {
  const t = activityTexts(options.lang);
  const values = options.form?.values;
  const errors = options.form?.fields ?? [];
  const text = (name: keyof ActivityFormValues, label: string, type: string, required: boolean, max: number, hint?: string) =>
    field({ name, label, type, required, max, ...(hint ? { hint } : {}) }, values, errors, t.fieldError);
  const labels: Record<string, string> = {
    kind: t.kindLabel, title: t.titleLabel, description: t.descriptionLabel, startsAt: t.startsLabel, endsAt: t.endsLabel,
    schedule: t.scheduleLabel, place: t.placeLabel, municipalityCode: t.municipalityLabel, organiserName: t.organiserNameLabel,
    organiserEmail: t.organiserEmailLabel, organiserUrl: t.organiserUrlLabel, locationId: t.locationLabel,
  };
  const summary = errors.length > 0
    ? html`<div class="errors" role="alert" tabindex="-1" id="fouten"><p>${t.errorsTitle}</p><ul>${errors.map((name) => html`<li><a href="#activiteit-${name}">${labels[name] ?? name}</a></li>`)}</ul></div>`
    : '';
  const kindInvalid = errors.includes('kind');
  const municipalityInvalid = errors.includes('municipalityCode');
  return html`<section aria-labelledby="plaatsen-titel" id="plaatsen">
<h2 id="plaatsen-titel">${t.formTitle}</h2>
<p>${t.formIntro}</p>
${summary}
<form method="post" action="${boardPath}${options.lang === 'en' ? '?lang=en' : ''}" novalidate>
<label for="activiteit-kind">${t.kindLabel}</label>
<select id="activiteit-kind" name="kind" required${kindInvalid ? html` aria-invalid="true"` : ''}>
${activityKinds.map((kind) => html`<option value="${kind}"${values?.kind === kind ? html` selected` : ''}>${t.kinds[kind]}</option>`)}
</select>
${text('title', t.titleLabel, 'text', true, 120)}
${text('description', t.descriptionLabel, 'textarea', true, 2000, t.descriptionHint)}
${text('startsAt', t.startsLabel, 'datetime-local', true, 16)}
${text('endsAt', t.endsLabel, 'datetime-local', false, 16)}
${text('schedule', t.scheduleLabel, 'text', false, 200)}
${text('place', t.placeLabel, 'text', true, 300)}
<label for="activiteit-municipalityCode">${t.municipalityLabel}</label>
<select id="activiteit-municipalityCode" name="municipalityCode" required${municipalityInvalid ? html` aria-invalid="true"` : ''}>
<option value="">${t.choose}</option>
${options.municipalities.map((m) => html`<option value="${m.code}"${values?.municipalityCode === m.code ? html` selected` : ''}>${m.name}</option>`)}
</select>
${text('organiserName', t.organiserNameLabel, 'text', true, 200)}
${text('organiserEmail', t.organiserEmailLabel, 'email', true, 254)}
${text('organiserUrl', t.organiserUrlLabel, 'url', false, 500)}
${values?.locationId ? html`<p>${t.linkedTo}</p><input type="hidden" name="locationId" value="${values.locationId}">` : ''}
<div class="hp" aria-hidden="true"><label for="activiteit-website">${t.honeypot}</label><input type="text" id="activiteit-website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${t.send}</button>
</form>
</section>`;
}

/** The body of the board page (inside the public layout). */
export function renderBoardPage(options: BoardPageOptions): SafeHtml {
  const t = activityTexts(options.lang);
  const message =
    options.flash === 'received'
      ? html`<div class="notice" role="status"><p>${t.received}</p></div>`
      : options.flash === 'tooMany'
        ? html`<div class="errors" role="alert"><p>${t.tooMany}</p></div>`
        : '';
  return html`<h1>${t.title}</h1>
<p>${t.intro}</p>
${message}
<form method="get" action="/inwoners/activiteiten">
<fieldset><legend>${t.filterLegend}</legend>
${options.lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<label for="filter-soort">${t.kindLabel}</label>
<select id="filter-soort" name="soort">
<option value="">${t.allKinds}</option>
${activityKinds.map((kind) => html`<option value="${kind}"${options.kind === kind ? html` selected` : ''}>${t.kinds[kind]}</option>`)}
</select>
<button type="submit">${t.show}</button>
</fieldset>
</form>
<h2>${t.count(options.activities.length)}</h2>
${options.activities.length === 0 ? html`<p>${t.none}</p>` : html`<ul class="reactions">${options.activities.map((a) => activityItem(a, options.lang))}</ul>`}
${postForm(options)}`;
}

/** The section on a location's public page: its upcoming activities and the way to add one. */
export function renderLocationActivities(options: { lang: Lang; locationId: string; activities: PublicActivity[] }): SafeHtml {
  const t = activityTexts(options.lang);
  const lang = options.lang === 'en' ? '&lang=en' : '';
  return html`<section id="activiteiten" aria-labelledby="activiteiten-titel">
<h2 id="activiteiten-titel">${t.onPageTitle}</h2>
<p>${t.onPageIntro}</p>
${options.activities.length === 0 ? html`<p>${t.onPageNone}</p>` : html`<ul class="reactions">${options.activities.map((a) => activityItem(a, options.lang))}</ul>`}
<p><a href="${boardPath}?locatie=${options.locationId}${lang}#plaatsen">${t.postForLocation}</a> · <a href="${boardPath}${options.lang === 'en' ? '?lang=en' : ''}">${t.toBoard}</a></p>
</section>`;
}
