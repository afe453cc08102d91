// SPDX-License-Identifier: EUPL-1.2
/**
 * The supervision ladder end to end, against the real server and the shipped data: a province
 * coordinator opens the taakstelling dashboard, opens Utrecht and moves it one step up with a
 * rationale; Utrecht's own officer sees the new step, gets no control to change it, and is refused
 * by the API when trying anyway; the audit trail has the transition with the coordinator as actor.
 * Then the coordinator's entry on the same pages: a national task with its source, a period's
 * population reference date, an official table shown where it differs from the computation,
 * reception targets and counts, and realisations by form and by CSV import.
 * Every page visited is scanned with axe (WCAG 2.1 AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { runCli, startServer, type Credentials, type StartedServer } from '../fixtures/server.ts';
import { MunicipalityTaakstellingPage, TaakstellingDashboardPage, TaakstellingReportPage } from '../pages/taakstelling.page.ts';

const officer: Credentials = {
  email: 'officer-utrecht@e2e.regietafel.test',
  password: 'e2e-wachtwoord-van-de-ambtenaar',
  name: 'Omar de Ambtenaar',
};
const rationale = 'Utrecht ligt ruim achter op de op-koerslijn van 2024-I; eerst een signaal.';

let server: StartedServer;
let coordinatorBrowser: TestBrowser;
let officerBrowser: TestBrowser | undefined;
let coordinatorId: string;
let coordinatorCsrf: string;

beforeAll(async () => {
  server = await startServer({
    prepare: async (dataDir) => {
      await runCli(
        ['user', 'add', '--role', 'municipal_officer', '--municipality', 'GM0344', '--organisation', 'Gemeente Utrecht', '--email', officer.email, '--name', officer.name, '--password-stdin'],
        { dataDir, stdin: `${officer.password}\n` },
      );
    },
  });
  coordinatorBrowser = await launchBrowser();
  const signIn = await coordinatorBrowser.page.request.post(`${server.baseUrl}/api/v1/session`, {
    data: { email: server.coordinator.email, password: server.coordinator.password },
  });
  expect(signIn.status()).toBe(200);
  const session = (await signIn.json()) as { person: { id: string }; csrfToken: string };
  coordinatorId = session.person.id;
  coordinatorCsrf = session.csrfToken;
}, 600_000);

afterAll(async () => {
  await officerBrowser?.close();
  await coordinatorBrowser?.close();
  await server?.stop();
});

describe('[TAAKSTELLING] supervision ladder', () => {
  it('[TAAKSTELLING]: the coordinator sees the dashboard of 2024-I with every computation, without axe violations', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2024-I');
    expect(await dashboard.heading()).toBe('Taakstelling huisvesting vergunninghouders, provincie Utrecht, 2024-I');
    const rows = await dashboard.rows();
    expect(rows).toHaveLength(26);
    expect(rows.map((row) => row.name)).toContain('Utrecht');
    // The example of the issue: national task × Utrecht's population / the national population.
    expect(await dashboard.computationOf('Utrecht')).toContain('18,750 × 374,238 / 17,942,942 = 391.07 → 391');
    expect(await dashboard.sourceLines()).toContain('Bron: CBS, Kerncijfers wijken en buurten 2024 (85984NED), peildatum 1 januari 2024');
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
    await screenshot(coordinatorBrowser.page, 'taakstelling-dashboard');
  });

  it('[TAAKSTELLING]: a period without population figures says so instead of numbers', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2017-I');
    expect(await coordinatorBrowser.page.getByTestId('period-status').textContent()).toContain('geen bevolkingscijfers');
    expect(await coordinatorBrowser.page.getByTestId('balance-table').count()).toBe(0);
  });

  it('[TAAKSTELLING]: the report for the State lists every municipality and prints without navigation', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2024-I');
    await dashboard.openReport();
    const report = new TaakstellingReportPage(coordinatorBrowser.page, server.baseUrl);
    expect(await report.figureRows()).toHaveLength(27);
    expect(await report.report.textContent()).toContain('18,750 × 374,238 / 17,942,942 = 391.07 → 391');
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
    await coordinatorBrowser.page.emulateMedia({ media: 'print' });
    expect(await coordinatorBrowser.page.locator('.rt-nav').isVisible()).toBe(false);
    await coordinatorBrowser.page.emulateMedia({ media: 'screen' });
  });

  it('[TAAKSTELLING]: the coordinator moves Utrecht one step up the ladder with a rationale', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2024-I');
    await dashboard.openMunicipality('Utrecht');
    const municipality = new MunicipalityTaakstellingPage(coordinatorBrowser.page, server.baseUrl);
    expect(await municipality.heading()).toBe('Taakstelling Utrecht');
    expect(await municipality.currentStep()).toBe('op_koers');
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
    await municipality.stepUp(rationale);
    expect(await municipality.currentStep()).toBe('signaal');
    const [latest] = await municipality.history();
    expect(latest).toEqual([expect.any(String), 'Op koers → Signaal', server.coordinator.name, rationale, 'geen']);
    await screenshot(coordinatorBrowser.page, 'taakstelling-municipality-coordinator');
  });

  it("[TAAKSTELLING]: Utrecht's officer sees the new step, has no control to change it, and the API refuses", async () => {
    officerBrowser = await launchBrowser();
    const page = officerBrowser.page;
    const signIn = await page.request.post(`${server.baseUrl}/api/v1/session`, { data: { email: officer.email, password: officer.password } });
    expect(signIn.status()).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };

    const municipality = new MunicipalityTaakstellingPage(page, server.baseUrl);
    await municipality.open('GM0344');
    expect(await municipality.currentStep()).toBe('signaal');
    expect((await municipality.history())[0]?.[3]).toBe(rationale);
    expect(await municipality.decideForm.count()).toBe(0);
    expect(await page.getByRole('button', { name: /Besluit opslaan|Save decision/ }).count()).toBe(0);
    expect(await page.getByTestId('ladder-readonly').isVisible()).toBe(true);
    expect(await scanAccessibility(page)).toEqual([]);
    await screenshot(page, 'taakstelling-municipality-officer');

    const attempt = await page.request.post(`${server.baseUrl}/api/v1/taakstelling/municipalities/GM0344/supervision`, {
      headers: { 'x-csrf-token': csrfToken },
      data: { step: 'op_koers', rationale: 'De gemeente zet zichzelf terug op koers.' },
    });
    expect(attempt.status()).toBe(403);
    expect(((await attempt.json()) as { code: string }).code).toBe('FORBIDDEN');
    expect(await municipality.currentStep()).toBe('signaal');
  });

  it('[TAAKSTELLING]: the audit trail has the transition with the coordinator as actor', async () => {
    const response = await coordinatorBrowser.page.request.get(`${server.baseUrl}/api/v1/audit?table=supervision_transitions`);
    expect(response.status()).toBe(200);
    const { items } = (await response.json()) as { items: { actor: string; action: string; changes: Record<string, { after?: unknown }> }[] };
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actor: `person:${coordinatorId}`, action: 'insert' });
    expect(items[0]?.changes.to_step?.after).toBe('signaal');
    expect(items[0]?.changes.municipality_code?.after).toBe('GM0344');
  });

  it('[TAAKSTELLING]: the coordinator enters the national task of a period without a published figure, with its source', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2024-I');
    // Test figure, not a published one: 2024-II has no national task in data/taakstelling.
    await dashboard.enterNationalTask({
      period: '2024-II',
      task: 10000,
      publisher: 'Test',
      title: 'TEST: fictional national task 2024-II',
      url: 'https://example.org/test',
    });
    expect(await dashboard.heading()).toBe('Taakstelling huisvesting vergunninghouders, provincie Utrecht, 2024-II');
    const header = (await coordinatorBrowser.page.getByTestId('period-header').textContent()) ?? '';
    expect(header).toContain('Landelijke taakstelling 2024-II: 10.000 vergunninghouders.');
    expect(header).toContain('TEST: fictional national task 2024-II');
    expect(await dashboard.rows()).toHaveLength(26);
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });

  it('[TAAKSTELLING]: an official table overrides the computation and the dashboard shows where they differ', async () => {
    // A fictional one-row table (test data, not a published figure).
    const imported = await coordinatorBrowser.page.request.post(`${server.baseUrl}/api/v1/taakstelling/2023-II/official-tasks`, {
      headers: { 'x-csrf-token': coordinatorCsrf },
      data: { source: { publisher: 'Test', title: 'TEST: fictional official table 2023-II' }, rows: [{ code: 'GM0344', task: 300 }] },
    });
    expect(imported.status()).toBe(200);
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2023-II');
    const utrecht = (await dashboard.rows()).find((row) => row.name === 'Utrecht');
    expect(utrecht?.cells[0]).toMatch(/^300\s*officieel\s*berekend: \d+$/);
    expect(utrecht?.cells[0]).not.toContain('berekend: 300');
    const header = (await coordinatorBrowser.page.getByTestId('period-header').textContent()) ?? '';
    expect(header).toContain('de officiële tabel telt op tot 300');
    expect(header).toContain('Voor sommige gemeenten wijkt de officiële tabel af van onze berekening.');
    expect(await dashboard.computationOf('Utrecht')).toMatch(/De officiële tabel zegt 300; onze berekening geeft \d+/);
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });

  it("[TAAKSTELLING]: the coordinator sets a period's population reference date, and the distribution uses it", async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2023-II');
    const header = coordinatorBrowser.page.getByTestId('period-header');
    expect(await header.textContent()).toContain('1 januari 2023');
    expect(await dashboard.setReferenceDate('2024-01-01')).toContain('2024-01-01');
    await header.filter({ hasText: '1 januari 2024' }).waitFor();
    expect(await dashboard.computationOf('Amersfoort')).toMatch(/17,600 × [\d,]+ \/ 17,942,942 = /);
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });

  it('[TAAKSTELLING]: the coordinator enters a reception places target and a count, and sees the progress', async () => {
    const dashboard = new TaakstellingDashboardPage(coordinatorBrowser.page, server.baseUrl);
    await dashboard.open('PV26', '2024-I');
    // Test figures, not published ones.
    expect(await dashboard.enterReceptionTarget({ places: 40, periodLabel: 'TEST 2026', publisher: 'Test', title: 'TEST: fictional places target' })).toContain(
      'Het doel van 40 plaatsen voor PV26 is opgeslagen.',
    );
    const row = dashboard.receptionRow('TEST 2026');
    await row.waitFor();
    expect(await row.textContent()).toContain('Structurele opvang');
    expect(await dashboard.enterPlaceCount({ municipalityCode: 'GM0344', location: 'TEST-locatie Utrecht', countedOn: '2026-01-15', places: 25 })).toContain(
      'De telling van 25 plaatsen in TEST-locatie Utrecht is opgeslagen.',
    );
    await row.filter({ hasText: /25 \(62,5\s*%\)/ }).waitFor();
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });

  it('[TAAKSTELLING]: realisations are entered in the form and imported from a CSV (a broken file wholly refused, a second import changes nothing)', async () => {
    const municipality = new MunicipalityTaakstellingPage(coordinatorBrowser.page, server.baseUrl);
    await municipality.open('GM0344');
    // Test rows, not real housings.
    expect(await municipality.recordRealisation({ housedOn: '2024-03-01', persons: 3, cameFromLocation: 'TEST-azc', sourceReference: 'E2E-1' })).toContain(
      'Opgeslagen: 3 personen.',
    );
    const header = 'bronreferentie,gemeentecode,datum_huisvesting,personen\n';
    const broken = await municipality.importRealisations('broken.csv', `${header}E2E-2,GM0344,2024-04-01,2\nE2E-3,GM0344,2024-04-02,-1\n`, false);
    expect(broken).toContain('Regel 3, kolom personen');
    const good = `${header}E2E-2,GM0344,2024-04-01,2\nE2E-3,GM0344,2024-04-02,1\n`;
    expect(await municipality.importRealisations('good.csv', good, true)).toContain('Gecontroleerd: 2 regels zonder fouten; 2 nieuw (3 personen), 0 al bekend.');
    expect(await municipality.importRealisations('good.csv', good, false)).toContain('Ingelezen: 2 nieuw (3 personen), 0 al bekend.');
    expect(await municipality.importRealisations('good-again.csv', good, false)).toContain('Ingelezen: 0 nieuw (0 personen), 2 al bekend.');
    // The table reloads after each import: ask again until it shows the three rows (or time out).
    await expect.poll(async () => (await municipality.realisationReferences()).sort(), { timeout: 15_000 }).toEqual(['E2E-1', 'E2E-2', 'E2E-3']);
    expect(await scanAccessibility(coordinatorBrowser.page)).toEqual([]);
  });
});
