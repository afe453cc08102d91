// SPDX-License-Identifier: EUPL-1.2
/**
 * Following a location at phone width, against the real server and a local SMTP server: subscribe
 * on the public location page, the confirmation mail arrives, its link opens a page whose button
 * confirms; the activities board lists and accepts an activity. axe scans every page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { startSmtpServer, type LocalSmtpServer } from '../fixtures/smtp.ts';

let smtp: LocalSmtpServer;
let server: StartedServer;
let browser: TestBrowser;
let locationId: string;

/** A public location registered by the coordinator through the API. */
async function createPublicLocation(): Promise<string> {
  const signIn = await fetch(`${server.baseUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: server.coordinator.email, password: server.coordinator.password }),
  });
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${server.baseUrl}/api/v1/locations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      name: 'Voorbeeld noodopvang Sporthal Oost',
      kind: 'emergency',
      buildingType: 'sports_hall',
      capacity: 150,
      longitude: 5.1214,
      latitude: 52.0907,
      isPublic: true,
    }),
  });
  if (created.status !== 201) {
    throw new Error(`creating the location failed: ${created.status} ${await created.text()}`);
  }
  return ((await created.json()) as { location: { id: string } }).location.id;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: smtp.env });
  browser = await launchBrowser({ width: 390, height: 844 });
  locationId = await createPublicLocation();
  // The first server of a run imports the shipped data into a template: minutes on a busy machine.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

describe('subscribing to a location', () => {
  it('[SUBSCRIPTIONS]: subscribes on the page at phone width, gets the mail, and confirms with its link', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/inwoners/locaties/${locationId}`);
    expect(await scanAccessibility(page)).toEqual([]);
    await page.getByLabel('Uw e-mailadres', { exact: true }).fill('buurvrouw@example.org');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kijk in uw e-mail' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'subscribe-phone');

    const mail = await smtp.waitForMail((m) => m.to.includes('buurvrouw@example.org'), 30_000);
    expect(mail.subject).toBe('Bevestig: nieuws volgen over Voorbeeld noodopvang Sporthal Oost');
    const link = /http:\/\/\S+\/inwoners\/volgen\/bevestigen\?token=[\w-]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    await page.goto(link ?? '');
    expect(await scanAccessibility(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, ik wil e-mail krijgen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('U bent aangemeld');
    expect(await scanAccessibility(page)).toEqual([]);

    // The feed the page links to is valid Atom.
    const feed = await fetch(`${server.baseUrl}/api/v1/public/locations/${locationId}/feed.atom`);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  });

  it('[ACTIVITIES]: posts an activity on the board without an account; it waits for moderation', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/inwoners/activiteiten`);
    expect(await scanAccessibility(page)).toEqual([]);
    await page.getByLabel('Soort', { exact: true }).last().selectOption('language_cafe');
    await page.getByLabel('Titel').fill('Taalcafé in de bibliotheek');
    await page.getByLabel('Wat gaan jullie doen? Voor wie?').fill('Samen Nederlands oefenen met koffie en thee.');
    await page.getByLabel('Begint op (datum en tijd)').fill('2030-03-05T19:30');
    await page.getByLabel('Adres of plaats').fill('Bibliotheek Neude, Utrecht');
    await page.getByLabel('Gemeente').selectOption('GM0344');
    await page.getByLabel('Naam van de organisatie of groep').fill('Taalhuis Utrecht');
    await page.getByLabel('E-mailadres van de organisatie').fill('taalhuis@example.org');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Een moderator bekijkt' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'activities-phone');
  });
});
