// SPDX-License-Identifier: EUPL-1.2
/**
 * The printable decision memo of a weighing (HTML): the weights and why, the data and where it
 * comes from, the scores of both methods with what each criterion contributes, the sensitivity
 * with its seed, the COA cost reference and every source. It ends with the exact input of
 * `regietafel siting rank`, so anyone can recompute the ranking. Dutch first, English with ?lang=en.
 */
import { memoText, type MemoLang } from './memo-text.ts';
import type { WeighingView } from './siting.schema.ts';

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const styles = `
  body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.5; }
  h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #888; } h3 { font-size: 1.05rem; }
  table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
  th, td { border: 1px solid #777; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
  th { background: #eee; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
  caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
  pre { white-space: pre-wrap; word-break: break-all; background: #f4f4f4; padding: 0.5rem; font-size: 0.8rem; }
  .meta { color: #333; } .missing { color: #8b0000; font-weight: 600; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } table { break-inside: auto; } tr { break-inside: avoid; } }`;

type Words = (typeof memoText)[MemoLang];

export function renderMemo(view: WeighingView, lang: MemoLang, madeOn: string): string {
  const t: Words = memoText[lang];
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const num = (x: number, digits = 0) => x.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const pct = (x: number) => `${num(x * 100, 1)}%`;
  const label = (c: WeighingView['criteria'][number]) => (lang === 'nl' ? c.labelNl : c.labelEn);
  const nameOf = new Map(view.candidates.map((c) => [c.location.id, c.location.name]));
  const { scenario } = view;
  const out: string[] = [];
  out.push(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title>${escape(`${t.title}: ${scenario.name}`)}</title><style>${styles}</style></head><body><main>`);
  out.push(`<h1>${escape(t.title)}: ${escape(scenario.name)}</h1>`);
  const where = scenario.municipalityName ? `${t.municipality} ${scenario.municipalityName}` : `${t.province} ${scenario.provinceName}`;
  out.push(`<p class="meta">${escape(where)} · ${t.scenarioDate} ${scenario.referenceDate} · ${t.made} ${madeOn} · Regietafel</p>`);
  if (scenario.description) {
    out.push(`<p>${escape(scenario.description)}</p>`);
  }
  out.push(`<p class="meta">${escape(t.print)}</p>`);

  out.push(`<h2>${escape(t.criteriaHeading)}</h2><p>${escape(t.criteriaIntro)}</p>`);
  out.push(`<table><thead><tr><th scope="col">${t.criterion}</th><th scope="col">${t.direction}</th><th scope="col">${t.weight}</th><th scope="col">${t.share}</th><th scope="col">${escape(t.why)}</th><th scope="col">${t.dataSource}</th></tr></thead><tbody>`);
  for (const c of view.criteria) {
    out.push(
      `<tr><th scope="row">${escape(label(c))}</th><td>${c.direction === 'benefit' ? t.benefit : t.cost}</td><td class="number">${num(c.weight, 2)}</td>` +
        `<td class="number">${pct(c.normalisedWeight)}</td><td>${escape(lang === 'nl' ? c.rationaleNl : c.rationaleEn)}</td><td>${escape(c.dataSource)}</td></tr>`,
    );
  }
  out.push('</tbody></table>');

  out.push(`<h2>${escape(t.candidatesHeading)}</h2>`);
  if (view.candidates.length === 0) {
    out.push(`<p>${escape(t.noCandidates)}</p>`);
  }
  for (const { location, values } of view.candidates) {
    out.push(`<table><caption>${escape(location.name)} (${escape(location.municipality.name)}, ${t.capacity} ${num(location.capacity)} ${t.places})</caption>`);
    out.push(`<thead><tr><th scope="col">${t.criterion}</th><th scope="col">${t.value}</th><th scope="col">${escape(t.origin)}</th></tr></thead><tbody>`);
    view.criteria.forEach((c, j) => {
      const v = values[j];
      const shown = v?.value === null || v === undefined ? `<span class="missing">${t.missingValue}</span>` : `${num(v.value, 2)} ${escape(c.unit)}`;
      out.push(`<tr><th scope="row">${escape(label(c))}</th><td class="number">${shown}</td><td>${escape(v ? v.explain[lang] : '')}</td></tr>`);
    });
    out.push('</tbody></table>');
  }

  out.push(`<h2>${escape(t.resultHeading)}</h2><p>${escape(t.resultIntro)}</p>`);
  if (!view.methods) {
    out.push(`<p class="missing">${escape(view.notRanked ?? t.notRanked)}</p><ul>`);
    for (const m of view.missing) {
      out.push(`<li>${escape(nameOf.get(m.locationId) ?? m.locationId)}: ${escape(m.criterionId)}: ${escape(m.explain[lang])}</li>`);
    }
    out.push('</ul>');
  } else {
    const topsisOf = new Map(view.methods.topsis.map((s) => [s.locationId, s]));
    out.push(`<table><thead><tr><th scope="col">${t.candidate}</th><th scope="col">${t.weightedSum} ${t.score}</th><th scope="col">${t.weightedSum} ${t.rank}</th><th scope="col">${t.topsis} ${t.score}</th><th scope="col">${t.topsis} ${t.rank}</th></tr></thead><tbody>`);
    for (const s of view.methods['weighted-sum']) {
      const other = topsisOf.get(s.locationId);
      out.push(
        `<tr><th scope="row">${escape(nameOf.get(s.locationId) ?? s.locationId)}</th><td class="number">${num(s.score, 3)}</td><td class="number">${s.rank}</td>` +
          `<td class="number">${num(other?.score ?? 0, 3)}</td><td class="number">${other?.rank ?? ''}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
    for (const method of ['weighted-sum', 'topsis'] as const) {
      const used = view.methods[method][0]?.contributions.map((c) => c.criterionId) ?? [];
      const byId = new Map(view.criteria.map((c) => [c.id, c]));
      out.push(`<table><caption>${escape(method === 'topsis' ? t.breakdownTopsisHeading : t.breakdownHeading)}</caption><thead><tr><th scope="col">${t.candidate}</th>`);
      out.push(used.map((id) => `<th scope="col">${escape(byId.get(id) ? label(byId.get(id) as WeighingView['criteria'][number]) : id)}</th>`).join(''));
      out.push('</tr></thead><tbody>');
      for (const s of view.methods[method]) {
        out.push(`<tr><th scope="row">${escape(nameOf.get(s.locationId) ?? s.locationId)}</th>${s.contributions.map((c) => `<td class="number">${num(c.contribution, 3)}</td>`).join('')}</tr>`);
      }
      out.push('</tbody></table>');
    }
  }

  out.push(`<h2>${escape(t.sensitivityHeading)}</h2>`);
  if (view.sensitivity) {
    const s = view.sensitivity;
    out.push(`<p>${escape(t.sensitivityIntro(s.draws, s.low, s.high, s.seed))}</p>`);
    const topsisOf = new Map(s.methods.topsis.map((c) => [c.locationId, c]));
    out.push(`<table><thead><tr><th scope="col">${t.candidate}</th><th scope="col">${t.weightedSum}: ${t.first}</th><th scope="col">${t.weightedSum}: ${t.topThree}</th><th scope="col">${t.topsis}: ${t.first}</th><th scope="col">${t.topsis}: ${t.topThree}</th></tr></thead><tbody>`);
    for (const c of s.methods['weighted-sum']) {
      const o = topsisOf.get(c.locationId);
      const cell = (n: number) => `<td class="number">${num(n)} (${pct(n / s.draws)})</td>`;
      out.push(`<tr><th scope="row">${escape(nameOf.get(c.locationId) ?? c.locationId)}</th>${cell(c.first)}${cell(c.topThree)}${cell(o?.first ?? 0)}${cell(o?.topThree ?? 0)}</tr>`);
    }
    out.push('</tbody></table>');
  } else {
    out.push(`<p>${escape(view.notRanked ?? t.notRanked)}</p>`);
  }

  out.push(`<h2>${escape(t.costHeading)}</h2><p>${escape(t.costIntro)}</p><ul>`);
  for (const r of view.costReference) {
    out.push(`<li>${r.year}, ${r.receptionKind === 'regular' ? t.regular : t.emergency}: EUR ${num(r.eurPerResidentPerYear)} ("${escape(r.quotation)}")</li>`);
  }
  out.push('</ul>');

  out.push(`<h2>${escape(t.sourcesHeading)}</h2><ul>`);
  for (const s of view.sources) {
    const link = s.url ? ` <a href="${escape(s.url)}">${escape(s.url)}</a>` : '';
    out.push(`<li><strong>${escape(s.publisher)}</strong>, ${escape(s.title)}${s.table ? ` (${escape(s.table)})` : ''}${s.referenceDate ? `, ${s.referenceDate}` : ''}.${link}${s.licence ? ` ${escape(s.licence)}.` : ''}${s.note ? ` ${escape(s.note)}` : ''}</li>`);
  }
  out.push('</ul>');

  if (view.methods) {
    const used = view.criteria.filter((c) => c.weight > 0);
    const input = {
      criteria: used.map((c) => ({ id: c.id, weight: c.weight, direction: c.direction })),
      candidates: view.candidates.map(({ location, values }) => ({
        id: location.id,
        values: Object.fromEntries(used.map((c) => [c.id, values.find((v) => v.criterionId === c.id)?.value])),
      })),
    };
    out.push(`<h2>${escape(t.reproduceHeading)}</h2><p>${escape(t.reproduce)}</p><pre>regietafel siting rank --input weighing.json --method weighted-sum\nregietafel siting rank --input weighing.json --method topsis</pre>`);
    out.push(`<pre>${escape(JSON.stringify(input))}</pre>`);
  }
  out.push('</main></body></html>');
  return out.join('\n');
}
