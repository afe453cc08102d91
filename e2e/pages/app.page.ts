// SPDX-License-Identifier: EUPL-1.2
/** What every page of the web app has: readiness signal, heading, skip link, language, account. */
import type { Page } from 'playwright-core';
import type { Credentials } from '../fixtures/server.ts';

export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens a path and waits until the page has its data (and its map, if any). */
  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 60_000 });
  }

  /**
   * Runs an action that navigates inside the app (link, map click, Enter) and waits for the new
   * page: the flag is cleared first so the old page's "ready" does not count.
   */
  async navigateBy(action: () => Promise<void>, url: RegExp): Promise<void> {
    await this.page.evaluate(() => {
      document.documentElement.dataset.ready = 'false';
    });
    await action();
    await this.page.waitForURL(url);
    await this.waitUntilReady();
  }

  async heading(): Promise<string> {
    return ((await this.page.locator('h1').first().textContent()) ?? '').trim();
  }

  async language(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('lang'));
  }

  /** Presses the language button (it names the other language) and waits for the switch. */
  async switchLanguage(): Promise<void> {
    const before = await this.language();
    await this.page.getByTestId('language-switch').click();
    await this.page.waitForFunction((previous) => document.documentElement.lang !== previous, before);
  }

  /** Signs in through the API (STYLE.md §14); the browser context keeps the session cookie. */
  async signInViaApi(credentials: Credentials): Promise<void> {
    const response = await this.page.request.post(`${this.baseUrl}/api/v1/session`, {
      data: { email: credentials.email, password: credentials.password },
    });
    if (!response.ok()) {
      throw new Error(`Sign-in through the API failed: ${response.status()} ${await response.text()}`);
    }
  }

  /** The text of every source line on the page. */
  async sourceLines(): Promise<string[]> {
    return (await this.page.locator('.rt-source__line').allTextContents()).map((text) => text.trim());
  }
}
