// SPDX-License-Identifier: EUPL-1.2
/**
 * A resident at phone width (390 × 844) reads a location's public page and asks a question with
 * an e-mail address; a moderator publishes it and an official answers (the coordinator, who may do
 * both, through the API); the answer mail reaches the local SMTP server; the page shows the answer.
 * axe scans every page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { startSmtpServer, type LocalSmtpServer } from '../fixtures/smtp.ts';

let smtp: LocalSmtpServer;
let server: StartedServer;
let browser: TestBrowser;
let api: (method: string, path: string, body?: unknown) => Promise<Response>;

async function signInCoordinator(): Promise<typeof api> {
  const signIn = await fetch(`${server.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.coordinator.email, password: server.coordinator.password }),
  });
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return (method, path, body) =>
    fetch(`${server.baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: smtp.env });
  browser = await launchBrowser({ width: 390, height: 844 });
  api = await signInCoordinator();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

describe('a resident asks, and gets an answer', () => {
  it('[PARTICIPATION]: asks a question at phone width; it is published and answered, mailed, and shown', async () => {
    const created = await api('POST', '/locations', {
      name: 'Voorbeeld noodopvang Sporthal West', kind: 'emergency', buildingType: 'sports_hall', capacity: 120,
      longitude: 5.1214, latitude: 52.0907, isPublic: true, publicSummary: 'Voorbeeld: een sporthal wordt tijdelijk noodopvang.',
    });
    expect(created.status).toBe(201);
    const locationId = ((await created.json()) as { location: { id: string } }).location.id;
    expect((await api('POST', `/participation/locations/${locationId}/announcements`, { title: 'Inloopavond', body: 'U bent welkom met uw vragen.' })).status).toBe(201);

    const { page } = browser;
    await page.goto(`${server.baseUrl}/inwoners/locaties/${locationId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Voorbeeld noodopvang Sporthal West');
    expect(await page.getByRole('heading', { name: 'Inloopavond' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);

    await page.getByLabel('Vraag', { exact: true }).check();
    await page.getByLabel('Uw reactie').fill('Hoe laat begint de inloopavond?');
    await page.getByLabel('Uw e-mailadres (niet verplicht)').fill('buurman@example.org');
    await page.getByRole('button', { name: 'Versturen' }).first().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Bedankt' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'participation-asked-phone');

    const queue = (await (await api('GET', `/participation/queue?locationId=${locationId}&visibility=pending`)).json()) as { items: { id: string }[] };
    const reactionId = queue.items[0]?.id ?? '';
    expect((await api('POST', `/participation/reactions/${reactionId}/moderation`, { decision: 'publish' })).status).toBe(200);
    expect((await api('POST', `/participation/reactions/${reactionId}/answer`, { answer: 'De inloopavond begint om 19.30 uur.' })).status).toBe(200);

    const mail = await smtp.waitForMail((m) => m.to.includes('buurman@example.org'), 60_000);
    expect(mail.subject).toBe('Antwoord op uw reactie over Voorbeeld noodopvang Sporthal West');
    expect(mail.text).toContain('De inloopavond begint om 19.30 uur.');

    await page.goto(`${server.baseUrl}/inwoners/locaties/${locationId}`);
    expect(await page.getByText('De inloopavond begint om 19.30 uur.').count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'participation-answered-phone');
  }, 300_000);
});
