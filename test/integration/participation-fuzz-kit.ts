// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared parts of the property tests of the residents' write endpoints (participation-fuzz and
 * participation-fuzz-public): the hostile payload generators, the markup detector and the check
 * that every response is a proper answer (no 5xx; every refusal a problem document, a validation
 * refusal naming the field; HTML forms answer with their page).
 */
import fc from 'fast-check';

/** Runs per endpoint: PARTICIPATION_FUZZ_RUNS, else the test file's default. */
export function fuzzRuns(fallback: number): number {
  return Number(process.env.PARTICIPATION_FUZZ_RUNS ?? fallback);
}

/** Known attack strings and edge cases, mixed into every generated text. */
export const hostile = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '<svg/onload=alert(1)>', '\u0000', '\u001b[31m',
  '\u202e', '\u200b', '😀', 'ñ', '&amp;', '</textarea><script>x()</script>', "' OR 1=1 --", '${7*7}', '{{7*7}}', '../../etc/passwd',
  'x'.repeat(2001), 'y'.repeat(70_000), ' ', '', 'null', '06-12345678', 'a@b.nl',
];
/** A text: hostile, random, graphemes or binary. */
export const text = fc.oneof(fc.constantFrom(...hostile), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 80 }));
/** Any JSON value, texts mostly hostile. */
export const value: fc.Arbitrary<unknown> = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), text, { maxKeys: 3 }),
);
const dangerousElements = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'math', 'video', 'audio', 'base']);

/**
 * Markup a resident could have smuggled in, found by parsing the page as a browser would (an
 * escaped `onerror=` inside an attribute value is text, not an attribute): dangerous elements, a
 * <link> other than the Atom feed, any on… event attribute, and javascript: URLs.
 */
/**
 * The page's own markup that the scan would otherwise flag: the start tag of the map's SVG and its
 * one external script (ADR 0037), and the Atom link, exactly as the server writes them. One of
 * each is taken out before the scan (so most pages need no parsing); a second one (smuggled in)
 * would still be found.
 */
const ownMapSvg =
  /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="location-map" id="kaart" viewBox="[\d. ]+" role="img" aria-labelledby="kaart-titel" aria-describedby="kaart-uitleg" data-west="-?[\d.]+" data-north="-?[\d.]+" data-kx="[\d.]+" data-ky="[\d.]+">/;
const ownMapScript = /<script type="module" src="\/inwoners\/assets\/locatie-kaart\.js\?v=[0-9a-f]{12}"><\/script>/;
/** The Atom link of the subscriptions section, in <head> (its title is a fixed text). */
const ownFeedLink = /<link rel="alternate" type="application\/atom\+xml" title="[^"<>]*" href="\/api\/v1\/public\/locations\/[0-9a-f-]{36}\/feed\.atom(\?lang=en)?">/;

export const foreignTags = (fullPage: string): string[] => {
  const page = fullPage.replace(ownMapScript, '').replace(ownMapSvg, '').replace(ownFeedLink, '');
  // A cheap scan first: it finds every such piece of markup, and some escaped text too; only then
  // parse (parsing every page of a 10,000-payload run would take minutes).
  // A javascript: URL only matters as the value of a URL attribute (as text it is escaped text).
  const suspect = /<(script|img|svg|iframe|object|embed|math|video|audio|base|link)\b|<[^>]+\son[a-z]+\s*=|(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(page);
  if (!suspect) {
    return [];
  }
  const document = new DOMParser().parseFromString(page, 'text/html');
  const found: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase();
    if (dangerousElements.has(tag) || (tag === 'link' && element.getAttribute('type') !== 'application/atom+xml')) {
      found.push(element.outerHTML.slice(0, 120));
    }
    for (const attribute of Array.from(element.attributes)) {
      const scriptUrl = ['href', 'src', 'action', 'formaction'].includes(attribute.name) && /^\s*javascript:/i.test(attribute.value);
      if (/^on/i.test(attribute.name) || scriptUrl) {
        found.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 60)}">`);
      }
    }
  }
  return found;
};

/** Collects what a response got wrong, labelled; `form …` labels are HTML form posts. */
export function responseChecker(failures: string[]) {
  return (label: string, response: { statusCode: number; headers: Record<string, unknown>; body: string }) => {
    if (response.statusCode >= 500) {
      failures.push(`${label}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    if (response.statusCode >= 400 && response.statusCode !== 404 && label.startsWith('form')) {
      return; // The HTML form answers with the page and its errors, not a problem document.
    }
    if (response.statusCode >= 400) {
      const problem = String(response.headers['content-type']).startsWith('application/problem+json') ? JSON.parse(response.body) : undefined;
      if (!problem && !label.startsWith('form')) {
        failures.push(`${label}: ${response.statusCode} without a problem document`);
      } else if (problem?.code === 'VALIDATION_FAILED' && typeof problem.field !== 'string') {
        failures.push(`${label}: validation refusal without a field: ${response.body.slice(0, 200)}`);
      }
    }
  };
}

/** A new client address per call (10.x.y.z), so the per-address limits do not end a run. */
export function addressSequence(): () => string {
  let address = 0;
  return () => {
    address += 1;
    return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  };
}

/** A form body from generated fields (non-strings as JSON), or the raw string. */
export function formPayload(body: unknown): string {
  return typeof body === 'object' && body !== null
    ? new URLSearchParams(Object.entries(body).map(([key, entry]) => [key, typeof entry === 'string' ? entry : JSON.stringify(entry) ?? ''])).toString()
    : String(body);
}
