// SPDX-License-Identifier: EUPL-1.2
/**
 * First use on a database without a province coordinator: the server prints a one-time link
 * (/eerste-gebruik#token=...) and the page creates the first coordinator with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { FirstRunPage } from '../pages/first-run.page.ts';

let server: StartedServer;
let browser: TestBrowser;
let firstRun: FirstRunPage;

const firstCoordinator = {
  name: 'Bram Eerste',
  email: 'eerste@e2e.regietafel.test',
  password: 'een lange zin als wachtwoord',
};

beforeAll(async () => {
  server = await startServer({ withCoordinator: false });
  browser = await launchBrowser();
  firstRun = new FirstRunPage(browser.page, server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('first run', () => {
  it('[AUTH]: without the token from the link, explains where to find it and does not submit', async () => {
    await firstRun.open();
    expect(await firstRun.heading()).toBe('Regietafel inrichten');
    expect(await browser.page.getByText('De link is niet compleet.', { exact: false }).count()).toBe(1);
    expect(await firstRun.submitButton.isDisabled()).toBe(true);
  });

  it('[A11Y]: the first-run form has no WCAG 2.1 AA violations in Dutch and English', async () => {
    await firstRun.open(server.setupUrl ?? undefined);
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await firstRun.switchLanguage();
    expect(await firstRun.heading()).toBe('Set up Regietafel');
    expect(await scanAccessibility(browser.page)).toEqual([]);
    await firstRun.switchLanguage();
  });

  it('[AUTH]: creates the first coordinator with the printed link and signs them in', async () => {
    // serve prints the one-time link while no coordinator exists; without it this test must fail.
    expect(server.setupUrl, 'the server printed no /eerste-gebruik#token= link').toBeTruthy();
    await firstRun.open(server.setupUrl ?? undefined);
    await firstRun.fill(firstCoordinator);
    await screenshot(browser.page, 'first-run');
    await firstRun.navigateBy(() => firstRun.submitButton.click(), /\/$/);
    expect(await browser.page.getByTestId('signed-in-as').textContent()).toBe(`Ingelogd als ${firstCoordinator.name}`);

    const setup = await browser.page.request.get(`${server.baseUrl}/api/v1/setup`);
    expect(await setup.json()).toEqual({ needed: false });
    await firstRun.open(server.setupUrl ?? undefined);
    expect(await browser.page.getByText('Regietafel is al ingericht.').count()).toBe(1);
  });
});
