// SPDX-License-Identifier: EUPL-1.2
/**
 * The acceptance of issue 6, in the browser. An official (desktop) sets the contact of a location's
 * public page and posts a meeting on the location's page in the app. A resident at phone width
 * (390 × 844) reads the public page, asks a question with an e-mail address and a spot tapped on
 * the page's map (and tries the map with the keyboard first), and
 * subscribes (double opt-in through the mail). The official publishes the question in the
 * /reacties queue and answers it there; the answer mail reaches the local SMTP server; the
 * resident's page shows the answer. The official's overview counts the question and shows its
 * spot on the map and in the table beside it. An activity posted on the board is published and
 * then hidden with a reason in the activities moderation screen. axe scans every page visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { startSmtpServer, type LocalSmtpServer } from '../fixtures/smtp.ts';
import { AppPage } from '../pages/app.page.ts';
import { PublicLocationMap, ReactionsOverviewPage, ReactionsQueuePage } from '../pages/reactions.page.ts';

const locationName = 'Voorbeeld noodopvang Sporthal West';
const question = 'Hoe laat begint de inloopavond?';
const answer = 'De inloopavond begint om 19.30 uur.';

let smtp: LocalSmtpServer;
let server: StartedServer;
let browser: TestBrowser;
let official: Page;
let locationId: string;
/** The spot the resident tapped, as the form's fields showed it (decimal comma). */
let tapped: { longitude: string; latitude: string };

/** The location, registered by the coordinator through the API (set-up, not under test here). */
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
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: locationName, kind: 'emergency', buildingType: 'sports_hall', capacity: 120,
      longitude: 5.1214, latitude: 52.0907, isPublic: true, publicSummary: 'Voorbeeld: een sporthal wordt tijdelijk noodopvang.',
    }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as { location: { id: string } }).location.id;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startServer({ env: smtp.env });
  browser = await launchBrowser({ width: 390, height: 844 });
  official = await browser.context.newPage();
  await official.setViewportSize({ width: 1280, height: 900 });
  locationId = await createPublicLocation();
  await new AppPage(official, server.baseUrl).signInViaApi(server.coordinator);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.stop();
});

describe('a resident asks, and gets an answer', () => {
  it('[PARTICIPATION]: the official sets the contact and posts a meeting on the location page', async () => {
    const app = new AppPage(official, server.baseUrl);
    await app.goto(`/locaties/${locationId}`);
    await official.getByLabel('Contact: naam van het team of loket (geen persoonsnaam)').fill('Gemeente Utrecht, team opvang');
    await official.getByLabel('Contact: e-mailadres van de organisatie').fill('opvang@example.org');
    await official.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await official.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen' }).waitFor();
    await official.getByLabel('Titel', { exact: true }).fill('Inloopavond');
    await official.getByLabel('Tekst (openbaar; volgers krijgen een e-mail)').fill('U bent welkom met uw vragen.');
    await official.getByLabel('Datum en tijd van de bijeenkomst (niet verplicht)').fill('2030-01-15T19:30');
    await official.getByLabel('Plaats van de bijeenkomst (niet verplicht)').fill('Buurthuis De Brug');
    await official.getByRole('button', { name: 'Bericht plaatsen' }).click();
    await official.getByRole('status').filter({ hasText: 'Het bericht staat op de openbare pagina' }).waitFor();
    expect(await scanAccessibility(official)).toEqual([]);
  }, 120_000);

  it('[PARTICIPATION]: the resident reads the page, asks a question with a spot and subscribes at phone width', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/inwoners/locaties/${locationId}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(locationName);
    expect(await page.getByRole('heading', { name: 'Inloopavond' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Buurthuis De Brug').count()).toBeGreaterThan(0);
    expect(await page.getByText('Gemeente Utrecht, team opvang').count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);

    await page.getByLabel('Vraag', { exact: true }).check();
    await page.getByLabel('Uw reactie').fill(question);
    // The map: keyboard first (Enter puts the spot in the middle, an arrow moves it east), then removed.
    const map = new PublicLocationMap(page);
    await map.waitUntilInteractive();
    await map.map.focus();
    await page.keyboard.press('Enter');
    const centre = await map.coordinates();
    expect(await map.announced()).toBe(`Uw plek staat op de kaart: breedtegraad ${centre.latitude}, lengtegraad ${centre.longitude}.`);
    await page.keyboard.press('ArrowRight');
    const moved = await map.coordinates();
    expect(moved.latitude).toBe(centre.latitude);
    expect(Number(moved.longitude.replace(',', '.'))).toBeGreaterThan(Number(centre.longitude.replace(',', '.')));
    await map.removeSpot();
    expect(await map.coordinates()).toEqual({ longitude: '', latitude: '' });
    expect(await map.announced()).toBe('De plek is weggehaald.');
    // A tap just south-east of the location fills the fields (they open) with a spot near it.
    await map.tapNearLocation(12, 8);
    tapped = await map.coordinates();
    expect(tapped.longitude).toMatch(/^5,1\d{4}$/);
    expect(tapped.latitude).toMatch(/^52,0\d{4}$/);
    const [longitude, latitude] = [tapped.longitude, tapped.latitude].map((value) => Number(value.replace(',', '.')));
    expect(longitude).toBeGreaterThan(5.1214);
    expect(longitude).toBeLessThan(5.15);
    expect(latitude).toBeLessThan(52.0907);
    expect(latitude).toBeGreaterThan(52.06);
    expect(await page.getByLabel('Lengtegraad (bijvoorbeeld 5,1214)').isVisible()).toBe(true);
    expect(await page.locator('#kaart-plek').count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'participation-map-tapped-phone');
    await page.getByLabel('Uw e-mailadres (niet verplicht)').fill('buurman@example.org');
    await page.getByRole('button', { name: 'Versturen' }).first().click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Bedankt' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'participation-asked-phone');

    await page.getByLabel('Uw e-mailadres', { exact: true }).fill('buurman@example.org');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Kijk in uw e-mail' }).count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    const confirm = await smtp.waitForMail((m) => m.to.includes('buurman@example.org') && m.subject.startsWith('Bevestig'), 30_000);
    const link = /http:\/\/\S+\/inwoners\/volgen\/bevestigen\?token=[\w-]+/.exec(confirm.text)?.[0] ?? '';
    await page.goto(link);
    expect(await scanAccessibility(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ja, ik wil e-mail krijgen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('U bent aangemeld');
    expect(await scanAccessibility(page)).toEqual([]);
  }, 120_000);

  it('[PARTICIPATION]: the official publishes and answers it in /reacties; the mail arrives and the page shows the answer', async () => {
    const queue = new ReactionsQueuePage(official, server.baseUrl);
    await queue.open();
    expect(await queue.card(question).count()).toBe(1);
    expect(await scanAccessibility(official)).toEqual([]);
    await queue.publish(question, 'inloopavond');
    await queue.show('published');
    await queue.answer(question, answer);
    expect(await scanAccessibility(official)).toEqual([]);

    const mail = await smtp.waitForMail((m) => m.to.includes('buurman@example.org') && m.subject.startsWith('Antwoord'), 60_000);
    expect(mail.subject).toBe(`Antwoord op uw reactie over ${locationName}`);
    expect(mail.text).toContain(answer);

    const { page } = browser;
    await page.goto(`${server.baseUrl}/inwoners/locaties/${locationId}`);
    expect(await page.getByText(answer).count()).toBe(1);
    // The tapped spot was stored as the fields showed it, and is now a dot on the public map.
    const published = (await (await fetch(`${server.baseUrl}/api/v1/public/locations/${locationId}`)).json()) as {
      reactions: { text: string; spot: { longitude: number; latitude: number } | null }[];
    };
    expect(published.reactions.find((item) => item.text === question)?.spot).toEqual({
      longitude: Number(tapped.longitude.replace(',', '.')),
      latitude: Number(tapped.latitude.replace(',', '.')),
    });
    expect(await page.locator('#kaart circle[r="3"]').count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'participation-answered-phone');
  }, 120_000);

  it('[PARTICIPATION]: the overview, opened from the location page, counts the question and maps its spot', async () => {
    const overview = new ReactionsOverviewPage(official, server.baseUrl);
    await overview.goto(`/locaties/${locationId}`);
    await overview.navigateBy(() => official.getByRole('link', { name: 'Overzicht van reacties op deze locatie' }).click(), /\/reacties\/overzicht\?locatie=/);
    expect(await overview.heading()).toBe('Overzicht van reacties');
    expect(await overview.counts('overview-by-kind')).toEqual([['Vraag', '1']]);
    expect(await overview.counts('overview-by-theme')).toEqual([['inloopavond', '1']]);
    expect(await overview.counts('overview-by-status')).toEqual([['beantwoord', '1']]);
    expect(await overview.renderedPins()).toBe(1);
    const pinRows = await overview.page.getByTestId('overview-pins-table').locator('tbody tr').allTextContents();
    expect(pinRows).toHaveLength(1);
    expect(pinRows[0]).toContain(question);
    // Every count says what it counts and where it comes from.
    const lines = await official.locator('.rt-source__line').allTextContents();
    expect(lines.length).toBeGreaterThan(4);
    expect(lines.every((line) => line.startsWith('Telt: ') && line.includes('Bron: '))).toBe(true);
    expect(await scanAccessibility(official)).toEqual([]);
    await screenshot(official, 'participation-overview');
  }, 120_000);

  it('[ACTIVITIES]: the official publishes a posted activity, then hides it with a reason', async () => {
    const posted = await fetch(`${server.baseUrl}/api/v1/public/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'language_cafe', title: 'Voorbeeld taalcafé West', description: 'Samen Nederlands oefenen met koffie en thee.',
        startsAt: '2030-03-05T19:30:00+01:00', place: 'Bibliotheek West, Utrecht', municipalityCode: 'GM0344',
        organiserName: 'Voorbeeld Taalhuis', organiserEmail: 'taalhuis@example.org',
      }),
    });
    expect(posted.status).toBe(202);
    const app = new AppPage(official, server.baseUrl);
    await app.goto('/reacties');
    await app.navigateBy(() => official.getByRole('link', { name: 'Activiteiten modereren' }).click(), /\/reacties\/activiteiten$/);
    const card = () => official.locator('li.rt-reaction').filter({ hasText: 'Voorbeeld taalcafé West' });
    expect(await scanAccessibility(official)).toEqual([]);
    await card().getByRole('button', { name: 'Publiceren' }).click();
    await card().waitFor({ state: 'detached' });
    const board = async () => (await (await fetch(`${server.baseUrl}/api/v1/public/activities`)).json()) as { items: { title: string }[] };
    expect((await board()).items.map((item) => item.title)).toContain('Voorbeeld taalcafé West');

    await official.getByLabel('Toon').selectOption('published');
    await card().getByLabel('Reden (verplicht om af te wijzen of te verbergen; niet openbaar)').fill('De organisator vroeg het te verbergen.');
    await card().getByRole('button', { name: 'Verbergen' }).click();
    await card().waitFor({ state: 'detached' });
    await official.getByLabel('Toon').selectOption('rejected');
    await card().getByText('De organisator vroeg het te verbergen.').waitFor();
    expect(await scanAccessibility(official)).toEqual([]);
    expect((await board()).items.map((item) => item.title)).not.toContain('Voorbeeld taalcafé West');
  }, 120_000);
});
