// SPDX-License-Identifier: EUPL-1.2
/**
 * Accessibility (WCAG 2.1 AA, required for Dutch government sites): an axe-core scan of every page
 * in Dutch and once in English, keyboard-only use through the skip link and the table sort, the
 * language switch (remembered, and used by the API for its messages), and a phone-width layout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanAccessibility } from '../fixtures/axe.ts';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { AppPage } from './app.page.ts';
import { MunicipalityPage } from './municipality.page.ts';
import { ProvincePage } from './province.page.ts';
import { SignInPage } from './sign-in.page.ts';

let server: StartedServer;
let browser: TestBrowser;
let app: AppPage;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  app = new AppPage(browser.page, server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Public pages, then pages behind sign-in. */
const publicPages = ['/inloggen', '/', '/gemeenten/GM0344', '/gemeenten/GM0620', '/eerste-gebruik', '/bestaat-niet'];
const signedInPages = ['/audit', '/gemeenten/GM0344'];

async function scanAll(paths: string[], label: string): Promise<Record<string, unknown>> {
  const found: Record<string, unknown> = {};
  for (const path of paths) {
    await app.goto(path);
    const violations = await scanAccessibility(browser.page);
    if (violations.length > 0) {
      found[`${label} ${path}`] = violations;
    }
  }
  return found;
}

describe('axe-core scans', () => {
  it('[A11Y]: every page has no WCAG 2.1 AA violations in Dutch', async () => {
    const found = await scanAll(publicPages, 'nl');
    await app.signInViaApi(server.coordinator);
    Object.assign(found, await scanAll(signedInPages, 'nl signed in'));
    const municipality = new MunicipalityPage(browser.page, server.baseUrl);
    await municipality.startEditingProfile();
    const formViolations = await scanAccessibility(browser.page);
    if (formViolations.length > 0) {
      found['nl profile form'] = formViolations;
    }
    expect(found).toEqual({});
  });

  it('[A11Y]: every page has no WCAG 2.1 AA violations in English', async () => {
    await app.goto('/');
    await app.switchLanguage();
    expect(await app.language()).toBe('en');
    const found = await scanAll([...publicPages, ...signedInPages], 'en');
    await app.switchLanguage();
    expect(found).toEqual({});
  });
});

describe('keyboard', () => {
  it('[A11Y]: the skip link is the first stop and moves focus to the main content', async () => {
    await app.goto('/');
    await browser.page.keyboard.press('Tab');
    const skip = await browser.page.evaluate(() => {
      const element = document.activeElement as HTMLAnchorElement | null;
      const box = element?.getBoundingClientRect();
      return { text: element?.textContent, href: element?.getAttribute('href'), visible: Boolean(box && box.width > 1 && box.height > 1) };
    });
    expect(skip).toEqual({ text: 'Ga direct naar de inhoud', href: '#main-content', visible: true });
    await browser.page.keyboard.press('Enter');
    await browser.page.keyboard.press('Tab');
    const inMain = await browser.page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(inMain).toBe(true);
  });

  it('[A11Y]: sorts the table with the keyboard only, and the header says how it is sorted', async () => {
    const province = new ProvincePage(browser.page, server.baseUrl);
    await province.open('/');
    const target = province.header('Inwoners').getByRole('button');
    let reached = false;
    for (let step = 0; step < 60 && !reached; step += 1) {
      await browser.page.keyboard.press('Tab');
      reached = await target.evaluate((button) => button === document.activeElement);
    }
    expect(reached).toBe(true);
    // The focused button shows a visible focus indicator.
    expect(await target.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe('none');
    await browser.page.keyboard.press('Enter');
    expect(await province.header('Inwoners').getAttribute('aria-sort')).toBe('ascending');
    await browser.page.keyboard.press('Space');
    expect(await province.header('Inwoners').getAttribute('aria-sort')).toBe('descending');
    expect((await province.rows())[0]).toEqual({ name: 'Utrecht', population: '374.238', referenceDate: '1 januari 2024' });
    expect(await browser.page.locator('.rt-table [role="status"]').textContent()).toBe('De tabel is gesorteerd op Inwoners, aflopend.');
  });
});

describe('language', () => {
  it('[A11Y]: switches to English and back, remembers the choice, and gets API messages in that language', async () => {
    const province = new ProvincePage(browser.page, server.baseUrl);
    await province.open('/');
    await province.switchLanguage();
    expect(await province.language()).toBe('en');
    expect(await province.heading()).toBe('Province of Utrecht');
    expect((await province.rows()).find((row) => row.name === 'Utrecht')).toEqual({
      name: 'Utrecht',
      population: '374,238',
      referenceDate: '1 January 2024',
    });
    expect(await province.sourceLines()).toContain('Source: CBS, Kerncijfers wijken en buurten 2024 (85984NED), reference date 1 January 2024');
    await screenshot(browser.page, 'province-en');

    await province.goto('/');
    expect(await province.language()).toBe('en');

    const signIn = new SignInPage(browser.page, server.baseUrl);
    await browser.context.clearCookies();
    await signIn.open();
    await signIn.fill({ email: 'nobody@e2e.regietafel.test', password: 'not the password' });
    await signIn.submit();
    expect(await signIn.problemText()).toBe('You are not signed in, or the credentials are wrong.');

    await signIn.switchLanguage();
    expect(await signIn.language()).toBe('nl');
    expect(await signIn.heading()).toBe('Inloggen');
  });
});

describe('phone', () => {
  it('[A11Y]: at 360 px wide the map stacks above the table and nothing scrolls sideways', async () => {
    const phone = await launchBrowser({ width: 360, height: 740 });
    try {
      const province = new ProvincePage(phone.page, server.baseUrl);
      await province.open('/');
      const map = await province.map.boundingBox();
      const table = await province.table.boundingBox();
      expect(map && table && map.y + map.height <= table.y).toBe(true);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(phone.page, 'province-phone');
      await new MunicipalityPage(phone.page, server.baseUrl).open('GM0344');
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await screenshot(phone.page, 'municipality-phone');
    } finally {
      await phone.close();
    }
  });
});
