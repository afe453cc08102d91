// SPDX-License-Identifier: EUPL-1.2
/**
 * Integration from day one, in the browser (issue 8, acceptance): a municipal officer of Utrecht
 * finds the households waiting longest for language classes, opens the longest waiting one, sees
 * the partner's course that fits with the reason, and refers the household; the partner signs in
 * (its own browser) and sees that referral, without any other household's pseudonym. The province
 * coordinator sees aggregates only, with the suppression explained. axe-core finds no WCAG 2.1 AA
 * violations on any page visited.
 *
 * All households, the offer and the practice are synthetic test data (marked "e2e"), entered
 * through the API; the dates are counted back from today so the waits are the same every day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, type ApiCall } from '../fixtures/api.ts';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { runCli, startServer, type Credentials, type StartedServer } from '../fixtures/server.ts';
import { AppPage } from '../pages/app.page.ts';
import { HouseholdPage, PracticesPage, recordUptake, ReferralsPage, WaitingTimesPage } from '../pages/integration.page.ts';

const officer: Credentials = { email: 'integratie.utrecht@e2e.regietafel.test', password: 'e2e-wachtwoord-van-de-ambtenaar', name: 'Ilse Integratie' };
const partner: Credentials = { email: 'taalhuis@e2e.regietafel.test', password: 'e2e-wachtwoord-van-de-partner', name: 'Piet Partner' };
const courseTitle = 'Taalcursus Nederlands voor beginners (e2e)';
const practiceTitle = 'Taalcafé in de bibliotheek (e2e)';

type Seeded = { id: string; pseudonym: string; days: number };

let server: StartedServer;
let officerBrowser: TestBrowser;
let partnerBrowser: TestBrowser | undefined;
let coordinatorBrowser: TestBrowser | undefined;
/** Waiting for language classes: 300, 200 and 120 days since housing (threshold 70). */
const waiting: Seeded[] = [];
/** Not on the list: housed 30 days ago (under the threshold), and one whose language class started. */
const notWaiting: Seeded[] = [];

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function json<T>(response: Promise<Response>, status: number): Promise<T> {
  const answer = await response;
  const body = (await answer.json()) as T;
  expect(answer.status, JSON.stringify(body)).toBe(status);
  return body;
}

/** A synthetic household of Utrecht housed `housedDaysAgo` days ago. */
async function seedHousehold(api: ApiCall, housedDaysAgo: number, profile: Record<string, unknown> = {}): Promise<Seeded> {
  const household = await json<{ id: string; pseudonym: string }>(
    api('POST', '/households', { adults: 1, minors: 1, municipalityCode: 'GM0344', permitDate: daysAgo(housedDaysAgo + 60) }),
    201,
  );
  await json(api('PUT', `/integration/households/${household.id}`, { housedOn: daysAgo(housedDaysAgo), ...profile }), 200);
  return { ...household, days: housedDaysAgo };
}

beforeAll(async () => {
  server = await startServer({
    prepare: async (dataDir) => {
      await runCli(
        ['user', 'add', '--role', 'municipal_officer', '--municipality', 'GM0344', '--organisation', 'Gemeente Utrecht', '--email', officer.email, '--name', officer.name, '--password-stdin'],
        { dataDir, stdin: `${officer.password}\n` },
      );
      await runCli(
        ['user', 'add', '--role', 'partner', '--organisation', 'Taalhuis Utrecht (e2e)', '--province', 'PV26', '--email', partner.email, '--name', partner.name, '--password-stdin'],
        { dataDir, stdin: `${partner.password}\n` },
      );
    },
  });
  const asOfficer = await apiSession(server.baseUrl, officer);
  const asPartner = await apiSession(server.baseUrl, partner);
  await json(asPartner('POST', '/offers', { kind: 'course', title: courseTitle, description: 'Twee ochtenden per week, met kinderopvang.', interests: ['language_practice'], places: 12 }), 201);
  for (const days of [200, 300, 120]) {
    waiting.push(await seedHousehold(asOfficer, days, { dutchLevel: 'A1', interests: ['language_practice'] }));
  }
  waiting.sort((a, b) => b.days - a.days);
  notWaiting.push(await seedHousehold(asOfficer, 30, { interests: ['language_practice'] }));
  const started = await seedHousehold(asOfficer, 250, { interests: ['language_practice'] });
  await json(asOfficer('POST', `/integration/households/${started.id}/tracks`, { kind: 'language', startedOn: daysAgo(200) }), 201);
  notWaiting.push(started);
  await json(
    asOfficer('POST', '/practices', {
      municipalityCode: 'GM0344',
      title: practiceTitle,
      whatWeDid: 'Vrijwilligers openden elke week een taalcafé in de bibliotheek, ook voor mensen die nog op taalles wachten.',
      result: 'Meer mensen oefenden Nederlands in de wachttijd.',
      lessons: 'Begin meteen na de verhuizing.',
      contact: 'Team Integratie, gemeente Utrecht',
      themes: ['language'],
    }),
    201,
  );
  officerBrowser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await coordinatorBrowser?.close();
  await partnerBrowser?.close();
  await officerBrowser?.close();
  await server?.stop();
});

describe('[INTEGRATION] waiting for language classes, referral to a partner course', () => {
  it('[INTEGRATION]: the officer finds the households waiting longest for language classes', async () => {
    const page = new WaitingTimesPage(officerBrowser.page, server.baseUrl);
    await page.signInViaApi(officer);
    await page.open('GM0344', 'huisvesting');
    expect(await page.heading()).toBe('Wachttijden integratie: Utrecht');
    await page.filter('Van woning tot start taalles');
    expect(officerBrowser.page.url()).toContain('wachttijd=taal');
    const rows = await page.waiting();
    expect(rows.map((row) => row.pseudonym)).toEqual(waiting.map((household) => household.pseudonym));
    for (const household of notWaiting) {
      expect(rows.map((row) => row.pseudonym)).not.toContain(household.pseudonym);
    }
    expect(await officerBrowser.page.getByTestId('waiting-threshold').textContent()).toContain('langer wachten dan 70 dagen');
    expect(await page.sourceLines()).toContain('Bron: huishoudens en trajecten die de gemeente in Regietafel vastlegt');
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    await screenshot(officerBrowser.page, 'integration-waiting-list');
  });

  it('[INTEGRATION]: the officer opens the longest waiting household, sees why the course fits, and refers it', async () => {
    const [longest] = waiting as [Seeded];
    const list = new WaitingTimesPage(officerBrowser.page, server.baseUrl);
    await list.openHousehold(longest.pseudonym);
    const household = new HouseholdPage(officerBrowser.page, server.baseUrl);
    expect(await household.heading()).toBe(`Huishouden ${longest.pseudonym}`);
    expect(await household.matchTitles()).toEqual([courseTitle]);
    expect(await officerBrowser.page.getByTestId('offer-match').textContent()).toContain('Interesse: Taal oefenen');
    expect(await household.addTrackExpectingEndError('Taal', daysAgo(10), daysAgo(20))).toContain('De einddatum ligt vóór de begindatum');
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    expect(await household.refer(longest.pseudonym, courseTitle)).toContain(`${longest.pseudonym} is doorverwezen naar ${courseTitle}`);
    expect(await officerBrowser.page.getByTestId('referrals').textContent()).toContain('Doorverwezen');
    expect(await recordUptake(household, longest.pseudonym, courseTitle, 'Begonnen')).toContain(longest.pseudonym);
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    expect(await household.addTrack('Taal', daysAgo(3))).toBe('Het traject Taal is toegevoegd.');
    expect(await officerBrowser.page.getByTestId('tracks').textContent()).toContain('loopt nog');
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    await screenshot(officerBrowser.page, 'integration-household');
  });

  it('[INTEGRATION]: the partner sees the referral to its course and no other household', async () => {
    partnerBrowser = await launchBrowser();
    const referrals = new ReferralsPage(partnerBrowser.page, server.baseUrl);
    await referrals.signInViaApi(partner);
    await referrals.open();
    expect(await referrals.heading()).toBe('Doorverwijzingen naar mijn aanbod');
    await referrals.switchLanguage();
    expect(await referrals.heading()).toBe('Referrals to my offers');
    expect(await scanAccessibility(partnerBrowser.page)).toEqual([]);
    await referrals.switchLanguage();
    const [longest] = waiting as [Seeded];
    expect(await referrals.rows()).toEqual([{ pseudonym: longest.pseudonym, offer: courseTitle, status: expect.stringContaining('Begonnen') }]);
    const text = (await partnerBrowser.page.locator('main').textContent()) ?? '';
    for (const other of [...waiting.slice(1), ...notWaiting]) {
      expect(text).not.toContain(other.pseudonym);
    }
    expect(await scanAccessibility(partnerBrowser.page)).toEqual([]);
    await screenshot(partnerBrowser.page, 'integration-partner-referrals');
    // The partner may not open the household itself: the API answers 404, as for one that does not exist.
    const page = new AppPage(partnerBrowser.page, server.baseUrl);
    await page.goto(`/huishoudens/${longest.id}`);
    expect(await partnerBrowser.page.getByRole('alert').textContent()).toBeTruthy();
    expect((await partnerBrowser.page.locator('main').textContent()) ?? '').not.toContain(longest.pseudonym);
    await page.goto('/aanbod');
    expect(await partnerBrowser.page.getByTestId('uptake').locator('tbody tr').first().locator('td').allTextContents()).toEqual(['1', '0', '0', '1', '0', '0', '0']);
    expect(await scanAccessibility(partnerBrowser.page)).toEqual([]);
    await partnerBrowser.page.getByRole('button', { name: `Wijzigen: ${courseTitle}` }).click();
    await partnerBrowser.page.getByLabel('Aantal plekken').fill('15');
    await page.navigateBy(() => page.page.getByRole('button', { name: 'Wijziging opslaan' }).click(), /\/aanbod$/);
    expect(await partnerBrowser.page.getByTestId('offers-notice').textContent()).toContain('is gewijzigd');
    expect(await partnerBrowser.page.getByTestId('my-offers').textContent()).toContain('15 plekken');
    expect(await scanAccessibility(partnerBrowser.page)).toEqual([]);
  });

  it('[INTEGRATION]: the practice library finds a practice with quotes and operators, without errors', async () => {
    const practices = new PracticesPage(officerBrowser.page, server.baseUrl);
    await practices.open();
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    await practices.navigateBy(() => officerBrowser.page.getByRole('link', { name: 'Deel een ervaring van uw gemeente' }).click(), /\/praktijken\/nieuw$/);
    expect(await practices.heading()).toBe('Een ervaring delen');
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    await practices.open();
    expect(await practices.search('"taalcafé" or werkplaats -sport')).toEqual([practiceTitle]);
    expect(await practices.search('"onafgesloten & | ! ( -')).toEqual([]);
    expect(await officerBrowser.page.getByRole('alert').count()).toBe(0);
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
    await practices.search('taalcafé');
    await practices.navigateBy(() => officerBrowser.page.getByRole('link', { name: practiceTitle }).click(), /\/praktijken\/[0-9a-f-]{36}$/);
    expect(await practices.heading()).toBe(practiceTitle);
    expect(await scanAccessibility(officerBrowser.page)).toEqual([]);
  });

  it('[INTEGRATION]: the province coordinator sees aggregates only, and why small groups are not shown', async () => {
    coordinatorBrowser = await launchBrowser();
    const page = new AppPage(coordinatorBrowser.page, server.baseUrl);
    await page.signInViaApi(server.coordinator);
    await page.goto('/provincies/PV26/integratie');
    expect(await page.heading()).toBe('Wachttijden integratie: provincie Utrecht');
    expect(await coordinatorBrowser.page.getByTestId('suppression-note').textContent()).toContain('minder dan 10 huishoudens');
    const main = (await coordinatorBrowser.page.locator('main').textContent()) ?? '';
    for (const household of [...waiting, ...notWaiting]) {
      expect(main).not.toContain(household.pseudonym);
    }
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });
});
