// SPDX-License-Identifier: EUPL-1.2
/** The province coordinator's placement page (/provincies/:code/plaatsing?voorstel=:id). */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export class PlacementPage extends AppPage {
  async open(provinceCode: string): Promise<void> {
    await this.goto(`/provincies/${provinceCode}/plaatsing`);
  }

  /** Chooses a period and computes a proposal; waits for the proposal to be shown. */
  async startProposal(period: string): Promise<void> {
    await this.page.locator('#placement-period').selectOption(period);
    await this.navigateBy(() => this.page.getByRole('button', { name: 'Voorstel berekenen' }).click(), /\?voorstel=/);
  }

  /** The municipality a household (by pseudonym) is placed in, as shown in the household table. */
  async placedIn(pseudonym: string): Promise<string> {
    const row = this.householdRow(pseudonym);
    return ((await row.getByTestId('placed-in').textContent()) ?? '').trim();
  }

  householdRow(pseudonym: string): Locator {
    return this.page.getByTestId('household-table').locator('tbody tr').filter({ has: this.page.locator('th', { hasText: pseudonym }) });
  }

  get dialog(): Locator {
    return this.page.getByTestId('explanation-dialog');
  }

  async openExplanation(pseudonym: string): Promise<void> {
    await this.householdRow(pseudonym).getByRole('button', { name: `Uitleg en aanpassen ${pseudonym}` }).click();
    await this.dialog.getByTestId('explain-placed').or(this.dialog.getByTestId('explain-unplaced')).waitFor();
  }

  /** In the open explanation: forbid the municipality it is placed in now (the default choice). */
  async forbidCurrentPair(): Promise<void> {
    await this.dialog.getByLabel('Uitsluiten: nooit in deze gemeente').check();
    await this.dialog.getByRole('button', { name: 'Opslaan' }).click();
    await this.page.getByTestId('stale-notice').waitFor();
  }

  async runAgain(): Promise<void> {
    await this.page.getByRole('button', { name: 'Opnieuw berekenen' }).click();
    await this.page.getByTestId('stale-notice').waitFor({ state: 'detached' });
  }

  /** Submits a score matrix file through the form; `check` keeps "only check" on. The caller waits for the outcome. */
  async importScores(name: string, content: string, source: string, check: boolean): Promise<void> {
    const form = this.page.getByTestId('score-import');
    await form.getByLabel('Bestand (CSV of JSON)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
    await form.getByLabel('Naam van het model').fill(source);
    await form.getByLabel('Alleen controleren (niets opslaan)').setChecked(check);
    await form.getByRole('button', { name: 'Scores inlezen' }).click();
  }

  async accept(): Promise<string> {
    await this.page.getByRole('button', { name: 'Vaststellen als plan' }).click();
    await this.page.getByRole('button', { name: 'Ja, vaststellen' }).click();
    const notice = this.page.getByTestId('accepted-notice');
    await notice.waitFor();
    return ((await notice.textContent()) ?? '').trim();
  }

  async text(testId: string): Promise<string> {
    return ((await this.page.getByTestId(testId).textContent()) ?? '').trim();
  }
}
