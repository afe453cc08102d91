// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment jsdom
/**
 * Property test of every participation write endpoint: generated and hostile payloads (scripts,
 * control characters, huge and odd Unicode strings, wrong types, extra fields, broken form
 * bodies). Whatever comes in: never a 5xx, every refusal a problem document (a validation refusal
 * names the field), and the pages that show the stored texts contain no markup of the resident.
 *
 * Runs per endpoint: PARTICIPATION_FUZZ_RUNS, default 2,000 in `npm test` (about 7 × 2,000 injects,
 * kept short for everyone's test run). The figure, ≥ 10,000 per endpoint, is
 * `NODE_OPTIONS=--max-old-space-size=8192 PARTICIPATION_FUZZ_RUNS=10000 npx vitest run --project
 * integration participation-fuzz` (the HTML form property needs more than the default 4 GB heap;
 * runs and figures in src/modules/participation/README.md).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous } from '../../src/shared/principal.ts';
import { buildParticipationApp, buildPublicLocation, principals, type CallerSwitch } from './participation-setup.ts';
import { addressSequence, foreignTags, formPayload, fuzzRuns, responseChecker, text, value } from './participation-fuzz-kit.ts';

const runs = fuzzRuns(2_000);

const kinds = ['question', 'concern', 'idea', 'initiative', 'offer_of_help', 'support'];
/** Valid reactions whose texts carry markup: always tried first (fast-check examples), stored, and so the page must escape them. */
const markup = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '<svg/onload=alert(1)> hier', 'Wat komt er <b>hier</b>?', "javascript:alert('x')"];
const acceptedExamples: [unknown][] = markup.map((text, index) => [{ kind: kinds[index % kinds.length], text, longitude: 5.1, latitude: 52.09, email: `bewoner${index}@example.org` }]);
/** Mostly well-formed reactions with hostile texts, and sometimes anything at all. */
const reactionBody = fc.oneof(
  fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...kinds), value),
      text: fc.oneof(text, fc.constantFrom('Een gewone vraag over de opvang?', 'Wat komt er <b>hier</b>?'), value),
      longitude: fc.oneof(fc.double({ min: 3.2, max: 7.3, noNaN: true }), value),
      latitude: fc.oneof(fc.double({ min: 50.7, max: 53.7, noNaN: true }), value),
      email: fc.oneof(fc.emailAddress(), text),
      website: fc.constantFrom('', 'http://spam.example'),
      extra: value,
    },
    { requiredKeys: ['kind', 'text'] },
  ),
  fc.dictionary(fc.string({ maxLength: 10 }), value, { maxKeys: 6 }),
  value,
);
const officialBody = fc.oneof(
  fc.record({
    decision: fc.oneof(fc.constantFrom('publish', 'hide'), value),
    reason: fc.oneof(text, value),
    answer: fc.oneof(text, value),
    status: fc.oneof(fc.constantFrom('forwarded', 'closed'), value),
    title: fc.oneof(text, value),
    body: fc.oneof(text, value),
    moderation: fc.oneof(fc.constantFrom('before', 'after'), value),
    contactUrl: fc.oneof(fc.constantFrom('javascript:alert(1)', 'https://www.utrecht.nl'), text),
    theme: text,
  }, { requiredKeys: [] }),
  value,
);

describe('[PARTICIPATION] property test of the write endpoints', () => {
  it('its markup detector finds real markup and ignores escaped text', () => {
    expect(foreignTags('<p><img src=x onerror=alert(1)></p>')).toHaveLength(2);
    expect(foreignTags('<a href=" javascript:alert(1)">x</a><script>1</script>')).toHaveLength(2);
    expect(foreignTags('<input value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><p>&lt;script&gt;</p>')).toEqual([]);
    // The page's own map script and SVG are not the resident's markup; a second copy would be.
    const script = '<script type="module" src="/inwoners/assets/locatie-kaart.js?v=0123456789ab"></script>';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" class="location-map" id="kaart" viewBox="0 0 320 200" role="img" aria-labelledby="kaart-titel" aria-describedby="kaart-uitleg" data-west="4.9" data-north="52.1" data-kx="1.5" data-ky="2.5"><circle r="3"/></svg>';
    expect(foreignTags(`${script}${svg}`)).toEqual([]);
    expect(foreignTags(`${script}${svg}${script}${svg}`)).toHaveLength(2);
    const feed = '<link rel="alternate" type="application/atom+xml" title="Volg" href="/api/v1/public/locations/73257c59-02e2-407f-b873-478f48404aaa/feed.atom">';
    expect(foreignTags(`${feed}${feed.replace('atom+xml', 'html')}`)).toHaveLength(1);
  });

  let database: TestDatabase;
  let app: ApiApp;
  let caller: CallerSwitch;
  let locationId: string;
  let reactionId: string;
  const remoteAddress = addressSequence();
  const failures: string[] = [];

  const check = responseChecker(failures);
  const pageIsClean = async () => {
    const page = await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}` });
    expect(page.statusCode).toBe(200);
    expect(foreignTags(page.body)).toEqual([]);
  };

  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    ({ app, caller } = await buildParticipationApp({ database, env: { REGIETAFEL_REACTIONS_PER_LOCATION: '10000000' } }));
    locationId = await buildPublicLocation(database);
    caller.as = principals.officer();
    await app.inject({ method: 'PUT', url: `/api/v1/participation/locations/${locationId}/settings`, payload: { moderation: 'after' } });
    caller.as = anonymous;
    const created = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/reactions`, payload: { kind: 'question', text: 'Eerste vraag' } });
    reactionId = created.json().id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.dispose();
  });

  it(`JSON reactions: ${runs} payloads`, async () => {
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(reactionBody, async (body) => {
        caller.as = anonymous;
        const response = await app.inject({ method: 'POST', url: `/api/v1/public/locations/${locationId}/reactions`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' }, remoteAddress: remoteAddress() });
        check(`json ${JSON.stringify(body).slice(0, 120)}`, response);
        stored += response.statusCode === 201 ? 1 : 0;
      }),
      { numRuns: runs, examples: acceptedExamples },
    );
    expect(failures).toEqual([]);
    expect(stored).toBeGreaterThanOrEqual(markup.length);
    await pageIsClean();
  }, 1_800_000);

  it(`HTML form reactions: ${runs} payloads`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(reactionBody, fc.string({ maxLength: 400 })), async (body) => {
        const payload = formPayload(body);
        const response = await app.inject({ method: 'POST', url: `/inwoners/locaties/${locationId}`, payload, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: remoteAddress() });
        check(`form ${payload.slice(0, 120)}`, response);
        if (response.statusCode === 400) {
          expect(foreignTags(response.body)).toEqual([]);
        }
      }),
      { numRuns: runs },
    );
    expect(failures).toEqual([]);
    await pageIsClean();
  }, 1_800_000);

  it.each([
    ['moderation', () => `/api/v1/participation/reactions/${reactionId}/moderation`, 'POST'],
    ['answer', () => `/api/v1/participation/reactions/${reactionId}/answer`, 'POST'],
    ['status', () => `/api/v1/participation/reactions/${reactionId}/status`, 'POST'],
    ['announcements', () => `/api/v1/participation/locations/${locationId}/announcements`, 'POST'],
    ['settings', () => `/api/v1/participation/locations/${locationId}/settings`, 'PUT'],
  ] as const)(`officials' %s: ${runs} payloads`, async (name, url, method) => {
    caller.as = principals.officer();
    await fc.assert(
      fc.asyncProperty(officialBody, async (body) => {
        const response = await app.inject({ method, url: url(), payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
        check(`${name} ${JSON.stringify(body).slice(0, 120)}`, response);
      }),
      { numRuns: runs },
    );
    expect(failures).toEqual([]);
    await pageIsClean();
  }, 1_800_000);
});
