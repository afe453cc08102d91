// SPDX-License-Identifier: EUPL-1.2
/** The brokering section of a province's housing page (/provincies/PVxx/woningbouw) and its agreement form. */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export class BrokeringSection extends AppPage {
  get section(): Locator {
    return this.page.getByTestId('brokering');
  }

  /** Chooses the half year and reference date, presses "Toon" and waits for the surplus table. */
  async show(period: string, asOf: string): Promise<void> {
    const view = this.page.getByTestId('brokering-view');
    await view.getByLabel('Halfjaar').selectOption(period);
    await view.getByLabel('Peildatum').fill(asOf);
    await view.getByRole('button', { name: 'Toon' }).click();
    await this.page.getByTestId('brokering-surplus').waitFor();
    await this.waitUntilReady();
  }

  /** A figure in the surplus or shortfall table, as a number (Dutch thousands separators removed). */
  async figure(kind: 'surplus' | 'deficit', code: string): Promise<number> {
    const text = (await this.page.getByTestId(`${kind}-${code}`).textContent()) ?? '';
    return Number(text.trim().replace(/\./g, ''));
  }

  /** The proposed pairs as [shortfall in, can house, persons, reason]. */
  async pairs(): Promise<string[][]> {
    return this.page
      .getByTestId('brokering-pairs')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].slice(0, 4).map((cell) => (cell.textContent ?? '').trim())));
  }

  /** Uses a proposed pair with the keyboard only: focus its button and press Enter. */
  async usePairByKeyboard(houses: string, forName: string): Promise<void> {
    const button = this.page.getByRole('button', { name: new RegExp(`${houses} huisvest \\d+ personen voor ${forName}$`) });
    await button.focus();
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction(() => document.activeElement?.id === 'agreement-persons');
  }

  get form(): Locator {
    return this.page.getByTestId('agreement-form');
  }

  /** Fills persons and reference and submits with Enter from the reference field. */
  async submitAgreement(persons: string, reference: string): Promise<void> {
    await this.form.getByLabel('Aantal personen').fill(persons);
    const field = this.form.getByLabel('Kenmerk van de afspraak');
    await field.fill(reference);
    await field.press('Enter');
  }

  /** The error shown at a field of the agreement form, once it is marked invalid. */
  async fieldError(id: string): Promise<string> {
    await this.page.locator(`#${id}[aria-invalid="true"]`).waitFor();
    return ((await this.page.locator(`#${id}-error`).textContent()) ?? '').trim();
  }

  /** Waits for the confirmation of a recorded agreement and the reloaded figures; returns its text. */
  async recorded(): Promise<string> {
    const done = this.page.getByTestId('agreement-done');
    await done.waitFor();
    await this.page.getByTestId('brokering-pairs').or(this.page.getByTestId('no-pairs')).waitFor();
    await this.waitUntilReady();
    return ((await done.textContent()) ?? '').trim();
  }
}
