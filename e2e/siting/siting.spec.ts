// SPDX-License-Identifier: EUPL-1.2
/**
 * Siting in the browser against the real server and the shipped data: a province coordinator
 * opens a weighing, adds a candidate (coordinates from a map click, then typed), changes the
 * weights and sees the ranking change, opens the decision memo and prints it; the locations map,
 * list, a location page, the new-location form, the progress page and the list of weighings work
 * and pass axe; a municipal officer of Utrecht sees and edits only Utrecht's locations. Two
 * locations and the scenario are seeded through the API (STYLE.md §14); the candidate and the
 * weights go through the UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { runCli, startServer, type Credentials, type StartedServer } from '../fixtures/server.ts';
import { LocationsPage } from '../pages/locations.page.ts';
import { ScenarioPage } from '../pages/scenario.page.ts';

/** A municipal officer of Utrecht (GM0344), added with `regietafel user add`. */
const officer: Credentials = { email: 'ambtenaar.locaties@e2e.regietafel.test', password: 'e2e-wachtwoord-van-de-ambtenaar', name: 'Bo Ambtenaar' };

let server: StartedServer;
let browser: TestBrowser;
let scenarioPage: ScenarioPage;
let locationsPage: LocationsPage;
let csrfToken = '';
const ids: Record<string, string> = {};
let scenarioId = '';

/** A JSON call to the API with the browser's session (and its CSRF token on writes). */
async function api<T>(method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<T> {
  const response = await browser.page.request.fetch(`${server.baseUrl}/api/v1${path}`, {
    method,
    headers: method === 'GET' ? {} : { 'x-csrf-token': csrfToken },
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok()) {
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  }
  return (await response.json()) as T;
}

// Costs and sizes chosen so that size and cost point to different winners: "Kantoor Binnenstad"
// is small but dear per place, "Kazerne Amersfoort" large (1,000 places) but cheap per place.
const seeded = {
  binnenstad: { name: 'Kantoor Binnenstad', latitude: 52.0907, longitude: 5.1213, capacity: 300, yearlyCostEur: 6_000_000, buildingType: 'office' },
  amersfoort: { name: 'Kazerne Amersfoort', latitude: 52.1561, longitude: 5.387, capacity: 1000, yearlyCostEur: 5_000_000, buildingType: 'barracks' },
};

beforeAll(async () => {
  server = await startServer({
    prepare: async (dataDir) => {
      await runCli(
        ['user', 'add', '--role', 'municipal_officer', '--municipality', 'GM0344', '--organisation', 'Gemeente Utrecht', '--email', officer.email, '--name', officer.name, '--password-stdin'],
        { dataDir, stdin: `${officer.password}\n` },
      );
    },
  });
  browser = await launchBrowser();
  scenarioPage = new ScenarioPage(browser.page, server.baseUrl);
  locationsPage = new LocationsPage(browser.page, server.baseUrl);
  const session = await browser.page.request.post(`${server.baseUrl}/api/v1/session`, {
    data: { email: server.coordinator.email, password: server.coordinator.password },
  });
  csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
  const steps = [{ status: 'idea', on: '2016-01-10' }];
  for (const [key, site] of Object.entries(seeded)) {
    const body = { ...site, kind: 'structural', plannedFrom: '2016-06-01', costSource: 'Voorbeeld: begroting e2e', steps };
    ids[key] = (await api<{ location: { id: string } }>('POST', '/locations', body)).location.id;
  }
  // The three criteria whose values come from the register, so the weighing is complete.
  const { items } = await api<{ items: { id: string }[] }>('GET', '/siting/criteria');
  const weights: Record<string, number> = { size: 10, cost_per_place: 1, time_to_realise: 1 };
  const criteria = items.filter((c) => c.id in weights).map((c) => ({ ...c, weight: weights[c.id] }));
  const created = await api<{ scenario: { id: string } }>('POST', '/siting/scenarios', {
    name: 'Voorbeeld: structurele opvang 2016',
    provinceCode: 'PV26',
    referenceDate: '2016-03-01',
    seed: 20160308,
    criteria,
  });
  scenarioId = created.scenario.id;
  for (const id of Object.values(ids)) {
    await api('POST', `/siting/scenarios/${scenarioId}/candidates`, { locationId: id });
  }
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('siting weighing', () => {
  it('[SITING]: a coordinator adds a candidate, changes the weights and sees the ranking change', async () => {
    await scenarioPage.open(scenarioId);
    expect(await scenarioPage.heading()).toBe('Voorbeeld: structurele opvang 2016');
    expect(await scanAccessibility(browser.page)).toEqual([]);

    const clicked = await scenarioPage.startNewSiteAndClickMap();
    expect(Number(clicked.latitude.replace(',', '.'))).toBeGreaterThan(51.5);
    expect(Number(clicked.longitude.replace(',', '.'))).toBeGreaterThan(4.5);
    // Typed coordinates win: a real place (Zeist centre), so the test does not depend on pixels.
    await scenarioPage.fillNewSite({ name: 'Paviljoen Zeist', latitude: '52,0893', longitude: '5,2332', capacity: '450', yearlyCostEur: '9450000', plannedFrom: '2016-06-01' });
    await scenarioPage.saveNewSite();
    await browser.page.getByTestId('candidates').getByRole('link', { name: 'Paviljoen Zeist' }).waitFor();
    expect(await scenarioPage.candidateNames()).toEqual(['Kantoor Binnenstad', 'Kazerne Amersfoort', 'Paviljoen Zeist']);

    // Size weighs most: the two locations of at most 500 places lead, the 1,000-place barracks is last.
    const before = await scenarioPage.ranking();
    expect(before.map((row) => row.name.split(' (')[0])).toEqual(['Kantoor Binnenstad', 'Paviljoen Zeist', 'Kazerne Amersfoort']);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'siting-before');

    // Cost per place counts most: Amersfoort (EUR 5,000 per place) beats Utrecht (20,000) and Zeist (21,000).
    await scenarioPage.setWeight('size', 0);
    await scenarioPage.setWeight('cost_per_place', 10);
    expect(await scenarioPage.share('cost_per_place')).toBe('aandeel 90,9%');
    await scenarioPage.applyWeights();
    await browser.page.waitForFunction(() => {
      const first = document.querySelector('[data-testid="ranking-table"] tbody tr th');
      return first?.textContent?.startsWith('Kazerne Amersfoort') ?? false;
    });
    const after = await scenarioPage.ranking();
    expect(after[0]).toMatchObject({ name: 'Kazerne Amersfoort (Amersfoort)', weightedSum: '0,909', topsis: expect.any(String) });
    expect(after).not.toEqual(before);
    expect(await browser.page.getByTestId('sensitivity-intro').textContent()).toContain('startgetal 20160308');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'siting-after');
  });

  it('[SITING]: opens the decision memo and prints it with the weights, scores, sensitivity and seed', async () => {
    await scenarioPage.open(scenarioId);
    await Promise.all([browser.page.waitForURL(/\/memo$/), scenarioPage.memoLink.click()]);
    const memo = (await browser.page.locator('main').textContent()) ?? '';
    expect(memo).toContain('Voorbeeld: structurele opvang 2016');
    expect(memo).toContain('20160308');
    expect(memo).toContain('Paviljoen Zeist');
    expect(memo).toContain('TOPSIS');
    expect(memo).toContain('regietafel siting rank');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await browser.page.emulateMedia({ media: 'print' });
    expect(await browser.page.evaluate(() => window.matchMedia('print').matches)).toBe(true);
    const pdf = await browser.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    await browser.page.emulateMedia({ media: 'screen' });
  });
});

describe('locations register', () => {
  it('[LOCATIONS]: draws every location on the map coloured by status, with a legend and the same list as a table', async () => {
    await locationsPage.openList();
    expect(await locationsPage.heading()).toBe('Opvanglocaties');
    expect(await locationsPage.renderedLocations()).toBe(3);
    expect(await locationsPage.legend()).toEqual(['Idee', 'Wordt beoordeeld', 'Besluit genomen', 'In voorbereiding', 'Open', 'Gaat sluiten', 'Gesloten']);
    expect(await locationsPage.listedNames()).toEqual(['Kantoor Binnenstad', 'Kazerne Amersfoort', 'Paviljoen Zeist']);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'locations-list');
    await locationsPage.filterByStatus('Open');
    expect(await locationsPage.listedNames()).toEqual([]);
  });

  it('[LOCATIONS]: records the next step on a location page and refuses a step back with the reason', async () => {
    await locationsPage.openLocation(ids.binnenstad as string);
    expect(await locationsPage.heading()).toBe('Kantoor Binnenstad');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await locationsPage.recordStep('Wordt beoordeeld', '2016-02-01');
    await browser.page.getByTestId('location-status').filter({ hasText: 'Wordt beoordeeld sinds 1 februari 2016' }).waitFor();
    expect(await browser.page.getByTestId('timeline').locator('li').count()).toBe(2);
    await locationsPage.recordStep('Idee', '2016-02-02');
    await locationsPage.refusal.waitFor();
    expect(await locationsPage.refusal.textContent()).toContain('Een stap terug kan niet: de locatie is Wordt beoordeeld sinds 1 februari 2016.');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'location-page');
  });
});

describe('register pages', () => {
  it('[LOCATIONS]: the progress page sets the places over time against the targets; it, the new-location form and the weighings pass axe', async () => {
    await locationsPage.goto('/locaties/voortgang');
    expect(await locationsPage.heading()).toBe('Voortgang: gerealiseerde opvangplaatsen');
    expect(await browser.page.getByTestId('targets-table').locator('tbody tr').count()).toBeGreaterThan(0);
    // The province has targets from the advice: each is a column of the series, in % of the target.
    const headers = await browser.page.getByTestId('progress-table').locator('thead th').allTextContents();
    expect(headers.filter((h) => h.includes('% van doel')).length).toBeGreaterThan(0);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'locations-progress');

    await locationsPage.goto('/locaties/nieuw');
    expect(await locationsPage.heading()).toBe('Nieuwe opvanglocatie');
    expect(await scanAccessibility(browser.page)).toEqual([]);

    await locationsPage.goto('/afwegingen');
    expect(await browser.page.getByRole('link', { name: 'Voorbeeld: structurele opvang 2016' }).count()).toBe(1);
    expect(await scanAccessibility(browser.page)).toEqual([]);
  });

  it("[LOCATIONS]: a municipal officer sees and edits only their own municipality's locations", async () => {
    await locationsPage.signInViaApi(officer);
    await locationsPage.openList();
    expect(await locationsPage.listedNames()).toEqual(['Kantoor Binnenstad']);
    await locationsPage.openLocation(ids.binnenstad as string);
    expect(await locationsPage.heading()).toBe('Kantoor Binnenstad');
    expect(await locationsPage.editButton.count()).toBe(1);
    expect(await browser.page.getByTestId('step-form').count()).toBe(1);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    // Amersfoort's location is not theirs: the page does not show it, nor any form to change it.
    await locationsPage.openLocation(ids.amersfoort as string);
    expect(await locationsPage.heading()).toBe('Locatie niet gevonden');
    expect(await locationsPage.editButton.count()).toBe(0);
    expect(await browser.page.getByTestId('step-form').count()).toBe(0);
    expect(await scanAccessibility(browser.page)).toEqual([]);
  });
});
