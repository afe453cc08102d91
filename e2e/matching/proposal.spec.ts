// SPDX-License-Identifier: EUPL-1.2
/**
 * A placement proposal end to end, against the real server and the shipped data: a COA officer
 * records two synthetic households (test data, with family ties in Utrecht and Amersfoort); the
 * province coordinator computes a proposal for 2024-I, opens a household's explanation, forbids
 * its municipality, runs again and sees it moved, imports a synthetic score matrix (a bad one is
 * refused line by line), and accepts the plan (then read-only, with who and when). A municipal officer gets the refusal, and the API hides the proposal from them.
 * Every state of the page is scanned with axe (WCAG 2.1 AA).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { runCli, startServer, type Credentials, type StartedServer } from '../fixtures/server.ts';
import { PlacementPage } from '../pages/placement.page.ts';

const coa: Credentials = { email: 'coa@e2e.regietafel.test', password: 'e2e-wachtwoord-van-het-coa', name: 'Cas van het COA' };
const officer: Credentials = { email: 'officer-plaatsing@e2e.regietafel.test', password: 'e2e-wachtwoord-van-de-ambtenaar', name: 'Olga de Ambtenaar' };

let server: StartedServer;
let browser: TestBrowser;
const pseudonyms: Record<'utrecht' | 'amersfoort', string> = { utrecht: '', amersfoort: '' };
let proposalId = '';

/** Records a household ready for housing in 2024-I with family in `tie`, as the COA officer. */
async function recordHousehold(adults: number, tie: string): Promise<string> {
  const request = browser.page.context().request;
  const session = await request.post(`${server.baseUrl}/api/v1/session`, { data: { email: coa.email, password: coa.password } });
  expect(session.status()).toBe(200);
  const headers = { 'x-csrf-token': ((await session.json()) as { csrfToken: string }).csrfToken };
  const created = await request.post(`${server.baseUrl}/api/v1/households`, { headers, data: { adults, minors: 0, readyForHousingDate: '2024-02-01' } });
  expect(created.status()).toBe(201);
  const household = (await created.json()) as { id: string; pseudonym: string };
  const profile = await request.put(`${server.baseUrl}/api/v1/matching/households/${household.id}/profile`, {
    headers,
    data: { tieMunicipalityCode: tie, iscoMajorGroup: null, careNeed: false },
  });
  expect(profile.status()).toBe(200);
  return household.pseudonym;
}

beforeAll(async () => {
  server = await startServer({
    prepare: async (dataDir) => {
      await runCli(['user', 'add', '--role', 'coa_officer', '--location', 'azc-utrecht-1', '--organisation', 'COA', '--province', 'PV26', '--email', coa.email, '--name', coa.name, '--password-stdin'], {
        dataDir,
        stdin: `${coa.password}\n`,
      });
      await runCli(
        ['user', 'add', '--role', 'municipal_officer', '--municipality', 'GM0344', '--organisation', 'Gemeente Utrecht', '--email', officer.email, '--name', officer.name, '--password-stdin'],
        { dataDir, stdin: `${officer.password}\n` },
      );
    },
  });
  browser = await launchBrowser();
  pseudonyms.utrecht = await recordHousehold(2, 'GM0344');
  pseudonyms.amersfoort = await recordHousehold(1, 'GM0307');
  const placement = new PlacementPage(browser.page, server.baseUrl);
  await placement.signInViaApi(server.coordinator);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('[MATCHING] placement proposal', () => {
  it('[MATCHING]: the coordinator computes a proposal for 2024-I and reviews it, without axe violations', async () => {
    const placement = new PlacementPage(browser.page, server.baseUrl);
    await placement.open('PV26');
    expect(await placement.heading()).toBe('Plaatsingsvoorstel, provincie Utrecht');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await placement.startProposal('2024-I');
    proposalId = new URL(browser.page.url()).searchParams.get('voorstel') ?? '';
    expect(proposalId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await placement.placedIn(pseudonyms.utrecht)).toBe('Utrecht');
    expect(await placement.placedIn(pseudonyms.amersfoort)).toBe('Amersfoort');
    expect(await placement.text('quality-gap')).toMatch(/marge = \(bovengrens − doel\) \/ bovengrens = \(/);
    expect(await placement.text('unplaced')).toContain('Alle huishoudens zijn geplaatst.');
    expect(await browser.page.getByTestId('municipality-table').locator('tbody tr').count()).toBe(26);
    expect(await browser.page.getByTestId('fairness-table').locator('tbody tr').count()).toBe(26);
    expect(await placement.text('fairness')).toContain('aandeel taak = taak van de gemeente / taak van alle gemeenten van de provincie');
    expect(await placement.text('score-source')).toContain('score = 0,40 × arbeidsmarkt + 0,30 × familie + 0,20 × zorg + 0,10 × woningen');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'placement-proposal');
  });

  it("[MATCHING]: the coordinator opens a household's explanation, forbids its pair, runs again and sees it moved", async () => {
    const placement = new PlacementPage(browser.page, server.baseUrl);
    await placement.openExplanation(pseudonyms.utrecht);
    expect(await placement.dialog.getByTestId('explain-placed').textContent()).toContain('Geplaatst in Utrecht');
    const terms = (await placement.dialog.getByTestId('explain-terms').textContent()) ?? '';
    expect(terms).toContain('familie woont in deze gemeente');
    expect(terms).toContain('geen werkervaring bekend: neutraal (0,5)');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'placement-explanation');
    await placement.forbidCurrentPair();
    expect(await placement.householdRow(pseudonyms.utrecht).textContent()).toContain('uitgesloten in Utrecht');
    expect(await browser.page.getByRole('button', { name: 'Vaststellen als plan' }).isDisabled()).toBe(true);
    await placement.runAgain();
    const moved = await placement.placedIn(pseudonyms.utrecht);
    expect(moved).not.toBe('Utrecht');
    expect(moved).not.toBe('niet geplaatst');
    expect(await placement.placedIn(pseudonyms.amersfoort)).toBe('Amersfoort');
  });

  it('[MATCHING]: the coordinator imports scores from an external model: a bad file is refused line by line, a good one is used and named', async () => {
    const placement = new PlacementPage(browser.page, server.baseUrl);
    await placement.importScores('model.csv', `huishouden,gemeentecode,score\n${pseudonyms.amersfoort},GM0344,NaN\n`, 'Testmodel (synthetisch)', true);
    const errors = await placement.text('score-import-errors');
    expect(errors).toContain('Regel 2, score: "NaN" is not a score');
    // A complete synthetic matrix: every household 0.9 in Houten (GM0321), 0.1 elsewhere; Utrecht stays forbidden by the pair.
    const answer = await browser.page.request.get(`${server.baseUrl}/api/v1/matching/proposals/${proposalId}`);
    const { result } = (await answer.json()) as { result: { households: { pseudonym: string }[]; municipalities: { code: string }[] } };
    const rows = result.households.flatMap((h) => result.municipalities.map((m) => `${h.pseudonym},${m.code},${m.code === 'GM0321' ? '0.9' : '0.1'}`));
    await placement.importScores('model.csv', `huishouden,gemeentecode,score\n${rows.join('\n')}\n`, 'Testmodel (synthetisch)', false);
    await browser.page.getByTestId('stale-notice').waitFor();
    expect(await placement.text('score-matrix')).toContain('Testmodel (synthetisch)');
    await placement.runAgain();
    expect(await placement.text('score-source')).toContain('extern voorspelmodel: Testmodel (synthetisch)');
    expect(await placement.placedIn(pseudonyms.amersfoort)).toBe('Houten');
    expect(await scanAccessibility(browser.page)).toEqual([]);
  });

  it('[MATCHING]: the coordinator accepts the plan; it is read-only and says who accepted it', async () => {
    const placement = new PlacementPage(browser.page, server.baseUrl);
    const notice = await placement.accept();
    expect(notice).toContain(`Vastgesteld als plan door ${server.coordinator.name}`);
    expect(await browser.page.getByRole('button', { name: 'Opnieuw berekenen' }).count()).toBe(0);
    expect(await browser.page.getByTestId('score-import').count()).toBe(0);
    await placement.openExplanation(pseudonyms.amersfoort);
    expect(await placement.dialog.getByTestId('pair-form').count()).toBe(0);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await placement.dialog.getByRole('button', { name: 'Sluiten' }).click();
    expect(await placement.text('proposal-list')).toContain('Vastgesteld');
  });

  it('[MATCHING]: a municipal officer gets the refusal, and the API hides the proposal', async () => {
    const placement = new PlacementPage(browser.page, server.baseUrl);
    await placement.signInViaApi(officer);
    await placement.open('PV26');
    expect(await placement.text('placement-refused')).toContain('alleen voor de provinciecoördinatoren');
    expect(await browser.page.getByTestId('household-table').count()).toBe(0);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    const answer = await browser.page.request.get(`${server.baseUrl}/api/v1/matching/proposals/${proposalId}`);
    expect(answer.status()).toBe(404);
  });
});
