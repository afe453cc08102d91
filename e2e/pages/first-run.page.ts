// SPDX-License-Identifier: EUPL-1.2
/** The first-run page (/eerste-gebruik#token=...): creates the first province coordinator. */
import type { Credentials } from '../fixtures/server.ts';
import { AppPage } from './app.page.ts';

export class FirstRunPage extends AppPage {
  /** Opens the page; `url` is the full link the server printed, or nothing for the bare page. */
  async open(url?: string): Promise<void> {
    if (url) {
      await this.page.goto(url);
      await this.waitUntilReady();
      return;
    }
    await this.goto('/eerste-gebruik');
  }

  get submitButton() {
    return this.page.getByRole('button', { name: /^(Account aanmaken|Create account)$/ });
  }

  async fill(person: Credentials, provinceCode = 'PV26'): Promise<void> {
    await this.page.locator('#setup-displayName').fill(person.name);
    await this.page.locator('#setup-email').fill(person.email);
    await this.page.locator('#setup-password').fill(person.password);
    await this.page.locator('#setup-province').selectOption(provinceCode);
  }
}
