// SPDX-License-Identifier: EUPL-1.2
/**
 * Signing in and out through the web app, with the province coordinator that the fixture created
 * with `regietafel user add`, and the audit log that only coordinators may read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type TestBrowser } from '../fixtures/browser.ts';
import { startServer, type StartedServer } from '../fixtures/server.ts';
import { AuditPage } from '../pages/audit.page.ts';
import { SignInPage } from '../pages/sign-in.page.ts';

let server: StartedServer;
let browser: TestBrowser;
let signIn: SignInPage;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  signIn = new SignInPage(browser.page, server.baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('sign-in', () => {
  it('[AUTH]: says which fields are empty without asking the server', async () => {
    await signIn.open();
    await signIn.submit();
    expect(await browser.page.locator('#signin-email-error').textContent()).toBe('Vul uw e-mailadres in.');
    expect(await browser.page.locator('#signin-password-error').textContent()).toBe('Vul uw wachtwoord in.');
    expect(await browser.page.evaluate(() => document.activeElement?.id)).toBe('signin-email');
  });

  it('[AUTH]: refuses a wrong password with the server message and stays on the page', async () => {
    await signIn.open();
    await signIn.fill({ email: server.coordinator.email, password: 'dit-is-niet-het-wachtwoord' });
    await signIn.submit();
    expect(await signIn.problemText()).toBe('U bent niet ingelogd, of de inloggegevens kloppen niet.');
    expect(new URL(browser.page.url()).pathname).toBe('/inloggen');
    await screenshot(browser.page, 'sign-in-error');
  });

  it('[AUTH]: signs the coordinator in, shows the name and the audit log link, and signs out', async () => {
    await signIn.open();
    await signIn.fill(server.coordinator);
    await signIn.navigateBy(() => signIn.submit(), /\/$/);
    expect(await signIn.signedInAs()).toBe(`Ingelogd als ${server.coordinator.name}`);
    expect(await browser.page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).count()).toBe(1);

    await browser.page.getByRole('button', { name: 'Uitloggen' }).click();
    await browser.page.getByRole('link', { name: 'Inloggen' }).waitFor();
    const session = await browser.page.request.get(`${server.baseUrl}/api/v1/session`);
    expect(session.status()).toBe(401);
  });
});

describe('audit log', () => {
  it('[AUTH]: sends a signed-out visitor to sign in and back to the audit log', async () => {
    const audit = new AuditPage(browser.page, server.baseUrl);
    await audit.open();
    expect(await browser.page.getByText('Log in om het logboek te bekijken.').count()).toBe(1);
    await audit.navigateBy(() => browser.page.getByRole('link', { name: 'Naar inloggen' }).click(), /\/inloggen\?terug=%2Faudit$/);
    await signIn.fill(server.coordinator);
    await signIn.navigateBy(() => signIn.submit(), /\/audit$/);
    expect(await audit.heading()).toBe('Logboek');
  });

  it('[AUTH]: lists who changed what, and filters on the actor', async () => {
    const audit = new AuditPage(browser.page, server.baseUrl);
    await audit.signInViaApi(server.coordinator);
    await audit.open();
    const rows = await audit.rows();
    expect(rows.length).toBeGreaterThan(0);
    // `regietafel user add` wrote the coordinator's organisation and account as cli:user.
    expect(rows.some((row) => row.actor === 'cli:user')).toBe(true);
    await screenshot(browser.page, 'audit-nl');

    // The import wrote thousands of entries: the next page continues where the first ended.
    expect(rows).toHaveLength(50);
    await browser.page.getByRole('button', { name: 'Meer wijzigingen tonen' }).click();
    await browser.page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-table"] tbody tr').length > 50);
    const more = await audit.rows();
    expect(more.slice(0, 50)).toEqual(rows);

    await audit.filterByActor('cli:user');
    const filtered = await audit.rows();
    expect(filtered.length).toBeGreaterThan(0);
    expect(new Set(filtered.map((row) => row.actor))).toEqual(new Set(['cli:user']));
    // Personal values are redacted in the trail: the coordinator's e-mail address never shows.
    expect(filtered.some((row) => row.changes.includes(server.coordinator.email))).toBe(false);
  });
});
