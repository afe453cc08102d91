// SPDX-License-Identifier: EUPL-1.2
/**
 * Housing against the real server and the shipped data: a municipal officer of Utrecht (added with
 * `regietafel user add`) registers a vacant office and turns it into a project delivering in the
 * current half year; the province coordinator's forecast for Utrecht then expects more persons
 * than before. axe-core finds no WCAG 2.1 AA violations on the pages visited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { runCli, startServer, type Credentials, type StartedServer } from '../fixtures/server.ts';
import { HousingPage } from '../pages/housing.page.ts';

const officer: Credentials = { email: 'ambtenaar.utrecht@e2e.regietafel.test', password: 'e2e-wachtwoord-van-de-ambtenaar', name: 'Bram Ambtenaar' };

let server: StartedServer;
let browser: TestBrowser;
let housing: HousingPage;

/** The last day of the current half year: a delivery that counts in the forecast's first period. */
function endOfThisHalfYear(): string {
  const today = new Date().toISOString().slice(0, 10);
  return `${today.slice(0, 4)}-${Number(today.slice(5, 7)) <= 6 ? '06-30' : '12-31'}`;
}

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
  housing = new HousingPage(browser.page, server.baseUrl);
  // The first spec of a run imports the shipped data: minutes on a busy machine.
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('housing project from a vacant office', () => {
  it('[HOUSING]: an officer turns a vacant office into a project and the province forecast for Utrecht changes', async () => {
    await housing.signInViaApi(server.coordinator);
    await housing.open('/provincies/PV26/woningbouw');
    expect(await housing.heading()).toBe('Woningbouw en leegstand: Utrecht');
    const before = await housing.expectedFor('GM0344');
    expect(before).toBe('0');
    expect(await scanAccessibility(browser.page)).toEqual([]);

    await housing.signInViaApi(officer);
    await housing.open('/gemeenten/GM0344/woningbouw');
    await housing.addOffice({ address: 'Kantoorlaan 1, Utrecht (e2e)', longitude: '5,1035', latitude: '52,0862', floorArea: '4200' });
    const done = await housing.convertFirstBuilding({ homes: '40', statusHolders: '10', students: '20', starters: '10', rent: '650', delivered: endOfThisHalfYear() });
    const persons = Number(/: (\d+) personen voor statushouders/.exec(done)?.[1]);
    expect(persons).toBeGreaterThan(0);
    expect(await housing.expectedFor('GM0344')).toBe(String(persons));
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await screenshot(browser.page, 'housing-officer');

    await housing.signInViaApi(server.coordinator);
    await housing.open('/provincies/PV26/woningbouw');
    const after = await housing.expectedFor('GM0344');
    expect(after).not.toBe(before);
    expect(after).toBe(String(persons));
    expect(await scanAccessibility(browser.page)).toEqual([]);
  });
});
