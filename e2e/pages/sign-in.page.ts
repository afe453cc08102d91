// SPDX-License-Identifier: EUPL-1.2
/** The sign-in page (/inloggen). */
import type { Credentials } from '../fixtures/server.ts';
import { AppPage } from './app.page.ts';

export class SignInPage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/inloggen');
  }

  async fill(credentials: Pick<Credentials, 'email' | 'password'>): Promise<void> {
    await this.page.locator('#signin-email').fill(credentials.email);
    await this.page.locator('#signin-password').fill(credentials.password);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
  }

  async problemText(): Promise<string> {
    const alert = this.page.getByTestId('signin-problem');
    await alert.waitFor();
    return ((await alert.textContent()) ?? '').trim();
  }

  async signedInAs(): Promise<string> {
    const badge = this.page.getByTestId('signed-in-as');
    await badge.waitFor();
    return ((await badge.textContent()) ?? '').trim();
  }
}
