// SPDX-License-Identifier: EUPL-1.2
/**
 * Brokering against the real server and the shipped data. A TEST project (not real: 5,000
 * persons in Amersfoort, delivered in 2025-II, added through the API) gives Amersfoort a projected
 * surplus. The province coordinator opens the province's housing page, looks at 2025-II as on
 * 1 July 2025, sees surplus against shortfall and the proposed pairs with their reasons, takes a
 * pair into the form with the keyboard, is refused at the field when the agreement exceeds the
 * surplus, records a smaller one, and finds it as a transfer on both municipalities' taakstelling
 * pages. On the way it checks the charts by target group and rent band and the export links.
 * axe-core finds no WCAG 2.1 AA violations on the pages and states visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { BrokeringSection } from '../pages/brokering.page.ts';
import { HousingPage } from '../pages/housing.page.ts';
import { MunicipalityTaakstellingPage } from '../pages/taakstelling.page.ts';

let server: StartedServer;
let browser: TestBrowser;

/** TEST data, not real: a large project so that Amersfoort has a surplus in 2025-II. */
const testProject = {
  name: 'Groot testproject Amersfoort (e2e, niet echt)',
  kind: 'new_build',
  municipalityCode: 'GM0307',
  ownerKind: 'corporation',
  homesTotal: 40,
  homes: { statusHolders: 10, students: 20, starters: 10, other: 0 },
  rentLines: [{ band: 'social', homes: 30, rentEur: 650 }, { band: 'mid', homes: 10, rentEur: 950 }],
  phases: { initiative: '2024-06-01', permit: '2025-01-15', delivered: '2025-09-01' },
  personsStated: 5000,
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('brokering between municipalities', () => {
  it('[HOUSING]: a coordinator records an agreement within the surplus; both balances show it as a transfer', async () => {
    const { page } = browser;
    const signIn = await page.request.post(`${server.baseUrl}/api/v1/session`, { data: { email: server.coordinator.email, password: server.coordinator.password } });
    expect(signIn.status()).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await page.request.post(`${server.baseUrl}/api/v1/housing/projects`, { headers: { 'x-csrf-token': csrfToken }, data: testProject });
    expect(created.status()).toBe(201);

    const housing = new HousingPage(page, server.baseUrl);
    const brokering = new BrokeringSection(page, server.baseUrl);
    await housing.open('/provincies/PV26/woningbouw');
    // Homes per half year by target group and by rent band as charts (the table below has the figures).
    expect(await page.getByRole('img', { name: /^Woningen per halfjaar, per doelgroep/ }).count()).toBe(1);
    expect(await page.getByRole('img', { name: /^Woningen per halfjaar, per huurklasse/ }).count()).toBe(1);
    // The exports are linked from the page and download.
    const csvLink = await page.getByRole('link', { name: 'Prognose (CSV)' }).getAttribute('href');
    const csv = await page.request.get(`${server.baseUrl}${csvLink}`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\r\n')[0]).toBe('code,name,period,corrected_task,realised,expected,projected,gap,projects,formula');
    const xlsxLink = await page.getByRole('link', { name: 'Prognose en projecten (Excel)' }).getAttribute('href');
    expect((await page.request.get(`${server.baseUrl}${xlsxLink}`)).headers()['content-type']).toContain('spreadsheetml');
    await brokering.show('2025-II', '2025-07-01');
    const surplus = await brokering.figure('surplus', 'GM0307');
    expect(surplus).toBeGreaterThan(0);
    expect(await brokering.figure('deficit', 'GM0344')).toBeGreaterThan(0);
    const pairs = await brokering.pairs();
    expect(pairs.find(([from]) => from === 'Utrecht')?.slice(1, 2)).toEqual(['Amersfoort']);
    // Leusden borders Amersfoort (CBS boundaries): its pair says so.
    expect(pairs.find(([from]) => from === 'Leusden')?.[3]).toBe('Buurgemeente: Amersfoort grenst aan Leusden.');
    expect(await scanAccessibility(page)).toEqual([]);

    await brokering.usePairByKeyboard('Amersfoort', 'Utrecht');
    expect(await brokering.form.getByLabel('Gemeente die huisvest').inputValue()).toBe('GM0307');
    expect(await brokering.form.getByLabel('Voor gemeente').inputValue()).toBe('GM0344');

    await brokering.submitAgreement(String(surplus + 1), 'Bestuurlijke afspraak (e2e-test)');
    const refusal = await brokering.fieldError('agreement-persons');
    expect(refusal).toContain(`verwachte overschot van Amersfoort: ${surplus.toLocaleString('nl-NL')} personen in 2025-II`);
    expect(await scanAccessibility(page)).toEqual([]);

    await brokering.submitAgreement('10', 'Bestuurlijke afspraak (e2e-test)');
    expect(await brokering.recorded()).toBe(
      'Afspraak vastgelegd: Amersfoort huisvest 10 personen voor Utrecht in 2025-II. Dit telt nu in de taakstelling van beide gemeenten als overdracht.',
    );
    expect(await brokering.figure('surplus', 'GM0307')).toBe(surplus - 10);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'housing-brokering');

    // The same section in English, also without violations; then back to Dutch.
    await brokering.switchLanguage();
    expect(((await page.locator('#brokering-heading').textContent()) ?? '').trim()).toBe('Brokering between municipalities');
    expect(await brokering.form.getByLabel('Number of persons').count()).toBe(1);
    expect(await scanAccessibility(page)).toEqual([]);
    await brokering.switchLanguage();
    expect(((await page.locator('#brokering-heading').textContent()) ?? '').trim()).toBe('Bemiddeling tussen gemeenten');

    const municipality = new MunicipalityTaakstellingPage(page, server.baseUrl);
    const transfersIn = async (code: string) => {
      await municipality.open(code);
      const block = page.getByTestId('balance-2025-II');
      const figure = block.locator('.rt-figures dt', { hasText: 'Overdrachten' }).locator('xpath=following-sibling::dd[1]');
      // The "how computed" of the period names the agreement by its reference.
      const how = (await block.locator('.rt-method').textContent()) ?? '';
      return { figure: ((await figure.textContent()) ?? '').trim(), named: how.includes('Bestuurlijke afspraak (e2e-test)') };
    };
    expect(await transfersIn('GM0307')).toEqual({ figure: '10', named: true });
    const utrecht = await transfersIn('GM0344');
    expect(utrecht.figure).toMatch(/^[-−]10$/);
    expect(utrecht.named).toBe(true);
    expect(await scanAccessibility(page)).toEqual([]);
  });
});
