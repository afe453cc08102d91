// SPDX-License-Identifier: EUPL-1.2
/**
 * Regions against the real server and the shipped CBS data: the province overview (choropleth map
 * drawn, the table lists the 26 municipalities of Utrecht with figures and source, both open a
 * municipality) and the municipality page (figures, mergers, contact profile edited by the
 * province coordinator).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { MunicipalityPage } from '../pages/municipality.page.ts';
import { ProvincePage } from '../pages/province.page.ts';

let server: StartedServer;
let browser: TestBrowser;
let province: ProvincePage;
let municipality: MunicipalityPage;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  province = new ProvincePage(browser.page, server.baseUrl);
  municipality = new MunicipalityPage(browser.page, server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('province overview', () => {
  it('[REGIONS]: draws the map of the 26 municipalities with a legend', async () => {
    await province.open('/');
    expect(await province.heading()).toBe('Provincie Utrecht');
    expect(await province.renderedMunicipalities()).toBe(26);
    // A drawn choropleth covers a good part of the canvas; a blank map is all background.
    expect(await province.paintedShare()).toBeGreaterThan(0.2);
    const legend = await browser.page.getByTestId('map-legend').locator('li').allTextContents();
    expect(legend.length).toBeGreaterThanOrEqual(3);
    await screenshot(browser.page, 'province-nl');
  });

  it('[REGIONS]: lists the 26 municipalities with Utrecht 374.238 and the CBS source line', async () => {
    await province.open('/provincies/PV26');
    const rows = await province.rows();
    expect(rows).toHaveLength(26);
    expect(rows.find((row) => row.name === 'Utrecht')).toEqual({
      name: 'Utrecht',
      population: '374.238',
      referenceDate: '1 januari 2024',
    });
    const names = rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(await province.sourceLines()).toContain(
      'Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari 2024',
    );
  });

  it('[REGIONS]: sorts the table by population with the header button and marks aria-sort', async () => {
    await province.open('/');
    const population = province.header('Inwoners');
    expect(await population.getAttribute('aria-sort')).toBe('none');
    await province.sortBy('Inwoners');
    expect(await population.getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await province.rows()).map((row) => Number(row.population.replace(/\./g, '')));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await province.sortBy('Inwoners');
    expect(await population.getAttribute('aria-sort')).toBe('descending');
    expect((await province.rows())[0]?.name).toBe('Utrecht');
    expect(await province.header('Gemeente').getAttribute('aria-sort')).toBe('none');
  });

  it('[REGIONS]: shows name and figure on hover and keyboard focus, and opens the municipality from the map', async () => {
    await province.open('/');
    const point = await province.chooseOnMapByKeyboard('Utrecht');
    expect(await province.mapStatus()).toContain('Utrecht: 374.238 inwoners op 1 januari 2024.');
    expect(await province.tooltipText()).toBe('Utrecht 374.238 inwoners');
    await browser.page.keyboard.press('Escape');

    const box = await province.mapCanvas.boundingBox();
    if (!box) {
      throw new Error('map canvas has no box');
    }
    await browser.page.mouse.move(box.x + point.x, box.y + point.y);
    expect(await province.tooltipText()).toBe('Utrecht 374.238 inwoners');
    await screenshot(browser.page, 'province-hover');

    await province.navigateBy(() => browser.page.mouse.click(box.x + point.x, box.y + point.y), /\/gemeenten\/GM0344$/);
    expect(await province.heading()).toBe('Utrecht');
  });

  it('[REGIONS]: opens a municipality with Enter on the map', async () => {
    await province.open('/');
    await province.chooseOnMapByKeyboard('Amersfoort');
    await province.navigateBy(() => browser.page.keyboard.press('Enter'), /\/gemeenten\/GM0307$/);
    expect(await province.heading()).toBe('Amersfoort');
  });

  it('[REGIONS]: opens a municipality from the table and shows its figures, chart, table and boundary', async () => {
    await province.open('/');
    await province.navigateBy(() => province.table.getByRole('link', { name: 'Utrecht', exact: true }).click(), /\/gemeenten\/GM0344$/);
    expect(await municipality.heading()).toBe('Utrecht');
    expect(await municipality.keyFigure()).toBe('374.238');
    expect(await municipality.chart.getAttribute('aria-labelledby')).toBeTruthy();
    const history = await municipality.populationTable.locator('tbody tr').allInnerTexts();
    expect(history.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(['1 januari 2023 367.947', '1 januari 2024 374.238']);
    expect(await municipality.sourceLines()).toContain(
      'Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari 2024',
    );
    expect(await municipality.boundaryMap.locator('canvas').count()).toBe(1);
    await screenshot(browser.page, 'municipality-nl');
  });
});

describe('municipality page', () => {
  it('[REGIONS]: shows a merged municipality with its successor, and the successor with its predecessors', async () => {
    await municipality.open('GM0620');
    expect(await municipality.heading()).toBe('Vianen');
    expect(await browser.page.locator('.rt-notice').first().textContent()).toContain('bestaat sinds 1 januari 2019 niet meer');
    expect(await municipality.successionLinks()).toEqual(['Vijfheerenlanden']);
    await municipality.navigateBy(
      () => browser.page.getByRole('link', { name: 'Vijfheerenlanden', exact: true }).click(),
      /\/gemeenten\/GM1961$/,
    );
    expect(await municipality.heading()).toBe('Vijfheerenlanden');
    expect(await municipality.successionLinks()).toEqual(expect.arrayContaining(['Vianen', 'Leerdam', 'Zederik']));
  });

  it('[REGIONS]: lets the province coordinator edit the contact profile; a bad field is marked and nothing is saved', async () => {
    await municipality.signInViaApi(server.coordinator);
    await municipality.open('GM0344');
    await municipality.startEditingProfile();
    await municipality.fillProfile({ contactEmail: 'geen-e-mailadres', phone: '030 286 0000' });
    await municipality.saveProfile();
    const email = browser.page.locator('#profile-contactEmail');
    await browser.page.waitForFunction(() => document.querySelector('#profile-contactEmail')?.getAttribute('aria-invalid') === 'true');
    expect(await browser.page.locator('#profile-contactEmail-error').textContent()).toContain('Vul een geldig e-mailadres in');
    expect(await email.getAttribute('aria-describedby')).toContain('profile-contactEmail-error');
    expect(await browser.page.getByRole('alert').first().textContent()).toContain('De invoer klopt niet.');
    await screenshot(browser.page, 'profile-error');

    await municipality.fillProfile({
      contactEmail: 'vluchtelingen@utrecht.example',
      website: 'https://www.utrecht.nl',
      note: 'Bereikbaar op werkdagen van 9 tot 17 uur.',
    });
    await municipality.saveProfile();
    await browser.page.getByText('De contactgegevens zijn opgeslagen.').waitFor();

    await municipality.open('GM0344');
    const shown = await municipality.profile.innerText();
    expect(shown).toContain('vluchtelingen@utrecht.example');
    expect(shown).toContain('030 286 0000');
    expect(shown).toContain('Bereikbaar op werkdagen van 9 tot 17 uur.');
  });
});
