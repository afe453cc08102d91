// SPDX-License-Identifier: EUPL-1.2
/**
 * The map on the public location page (ADR 0037): the page's HTML holds the inline SVG with its
 * accessible name, the outline of the municipality from the shipped boundaries, the spots of
 * published reactions, and the reference to the script; the script itself is served as
 * JavaScript with its caching headers.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../db.ts';
import type { ApiApp } from '../../src/server/api-app.ts';
import { anonymous, type Principal } from '../../src/shared/principal.ts';
import { buildParticipationApp, buildPublicLocation, principals } from './participation-setup.ts';

describe('[PARTICIPATION] the map on the public location page', () => {
  let database: TestDatabase;
  let app: ApiApp;
  let caller: { as: Principal };
  let locationId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ shipped: true });
    ({ app, caller } = await buildParticipationApp({ database }));
    locationId = await buildPublicLocation(database, { name: 'Sporthal <West>' });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  const pageHtml = async (headers: Record<string, string> = {}) =>
    (await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}`, headers })).body;

  it('draws the municipality, the location and published spots as an SVG image with a title and description', async () => {
    caller.as = anonymous;
    const posted = await app.inject({
      method: 'POST',
      url: `/api/v1/public/locations/${locationId}/reactions`,
      payload: { kind: 'concern', text: 'Het fietspad hier is donker.', longitude: 5.1230, latitude: 52.0915 },
    });
    expect(posted.statusCode).toBe(201);
    caller.as = principals.officer();
    const moderated = await app.inject({ method: 'POST', url: `/api/v1/participation/reactions/${posted.json().id}/moderation`, payload: { decision: 'publish' } });
    expect(moderated.statusCode).toBe(200);

    const body = await pageHtml();
    const svg = /<svg [^]*?<\/svg>/.exec(body)?.[0] ?? '';
    expect(svg).toMatch(/role="img" aria-labelledby="kaart-titel" aria-describedby="kaart-uitleg"/);
    expect(svg).toContain('<title id="kaart-titel">Kaart van de gemeente Utrecht met de opvanglocatie Sporthal &lt;West&gt;</title>');
    expect(svg).toContain('De grijze stip is een plek uit een reactie.');
    // The outline of Utrecht comes from the shipped CBS boundaries; one published spot; the location.
    expect(svg).toMatch(/<path d="M[\d. L]+/);
    expect(svg.match(/<circle [^>]*r="3"/g)).toHaveLength(1);
    expect(svg).toContain('>Opvanglocatie</text>');
    expect(svg).toMatch(/data-west="[\d.]+" data-north="[\d.]+" data-kx="[\d.]+" data-ky="[\d.]+"/);
    expect(svg.length).toBeLessThan(8 * 1024);
    // Inside the form, with the hint and button for the script (hidden until it runs) and a live region.
    const form = /<form [^]*?<\/form>/.exec(body)?.[0] ?? '';
    expect(form).toContain('id="kaart"');
    expect(form).toMatch(/<button type="button" class="secondary" id="kaart-wissen" hidden>Plek weghalen<\/button>/);
    expect(form).toContain('<p id="kaart-status" role="status"></p>');
    expect(body).toMatch(/<script type="module" src="\/inwoners\/assets\/locatie-kaart\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    // The sections' <head> markup (the Atom link) is markup, not text shown at the top of the page.
    const head = /<head>[^]*?<\/head>/.exec(body)?.[0] ?? '';
    expect(head).toMatch(/<link rel="alternate" type="application\/atom\+xml"/);
    expect(body).not.toContain('&lt;link');

    const english = await pageHtml({ 'accept-language': 'en-GB,en' });
    expect(english).toContain('<title id="kaart-titel">Map of the municipality of Utrecht with the reception location Sporthal &lt;West&gt;</title>');
    expect(english).toContain('data-decimal="."');
  });

  it('has a strict Content-Security-Policy that the page itself keeps: no inline script, its one <style> by hash', async () => {
    const response = await app.inject({ method: 'GET', url: `/inwoners/locaties/${locationId}` });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const styles = [...response.body.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1] ?? '');
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`style-src 'sha256-${crypto.createHash('sha256').update(styles[0] ?? '').digest('base64')}'`);
    expect(response.body).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    const notFound = await app.inject({ method: 'GET', url: '/inwoners/locaties/00000000-0000-4000-8000-000000000000' });
    expect(notFound.statusCode).toBe(404);
    expect(notFound.headers['content-security-policy']).toBe(csp);
  });

  it('serves the script as JavaScript, cached for a year at its versioned address', async () => {
    const src = /src="(\/inwoners\/assets\/locatie-kaart\.js\?v=([0-9a-f]+))"/.exec(await pageHtml());
    const versioned = await app.inject({ method: 'GET', url: src?.[1] ?? '' });
    expect(versioned.statusCode).toBe(200);
    expect(versioned.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(versioned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(versioned.headers['x-content-type-options']).toBe('nosniff');
    expect(versioned.body).toContain('kaart-wissen');
    expect(versioned.body).not.toMatch(/:\s*(string|number)\b[,)]/);

    const unversioned = await app.inject({ method: 'GET', url: '/inwoners/assets/locatie-kaart.js' });
    expect(unversioned.headers['cache-control']).toBe('public, max-age=300');
    const again = await app.inject({ method: 'GET', url: '/inwoners/assets/locatie-kaart.js', headers: { 'if-none-match': `"${src?.[2]}"` } });
    expect(again.statusCode).toBe(304);
  });
});
