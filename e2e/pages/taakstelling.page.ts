// SPDX-License-Identifier: EUPL-1.2
/**
 * The taakstelling pages: the province dashboard (/provincies/PVxx/taakstelling), a
 * municipality's own page (/gemeenten/GMxxxx/taakstelling) and the report for the State.
 */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export type BalanceTableRow = { name: string; cells: string[] };

export class TaakstellingDashboardPage extends AppPage {
  async open(province: string, period: string): Promise<void> {
    await this.goto(`/provincies/${province}/taakstelling?periode=${period}`);
  }

  get table(): Locator {
    return this.page.getByTestId('balance-table').locator('table');
  }

  async rows(): Promise<BalanceTableRow[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        name: (row.querySelector('th')?.textContent ?? '').trim(),
        cells: [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim()),
      })),
    );
  }

  /** Opens the "how computed" dialog of a municipality and returns its text. */
  async computationOf(name: string): Promise<string> {
    await this.page.getByRole('button', { name: new RegExp(`(berekend|computed)\\? ${name}$`) }).click();
    const dialog = this.page.getByTestId('how-dialog');
    await dialog.waitFor({ state: 'visible' });
    const text = (await dialog.textContent()) ?? '';
    await dialog.getByRole('button', { name: /^(Sluiten|Close)$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    return text;
  }

  async openMunicipality(name: string): Promise<void> {
    await this.navigateBy(() => this.table.getByRole('link', { name, exact: true }).click(), /\/gemeenten\/GM\d{4}\/taakstelling$/);
  }

  get nationalTaskForm(): Locator {
    return this.page.getByTestId('national-task-form');
  }

  get referenceDateForm(): Locator {
    return this.page.getByTestId('reference-date-form');
  }

  /** Enters a national task with its source; waits for the dashboard of that period. */
  async enterNationalTask(entry: { period: string; task: number; publisher: string; title: string; url: string }): Promise<void> {
    const form = this.nationalTaskForm;
    await form.getByLabel(/^(Periode|Period)/).fill(entry.period);
    await form.getByLabel(/^(Landelijke taakstelling|National task)/).fill(String(entry.task));
    await form.getByLabel(/^(Gepubliceerd door|Published by)/).fill(entry.publisher);
    await form.getByLabel(/^(Titel|Title)/).fill(entry.title);
    await form.getByLabel(/^(Webadres|Web address)/).fill(entry.url);
    await this.navigateBy(() => form.getByRole('button', { name: /Taakstelling opslaan|Save national task/ }).click(), new RegExp(`periode=${entry.period}$`));
  }

  /** Sets the population reference date of the period shown; returns the status message. */
  async setReferenceDate(date: string): Promise<string> {
    const form = this.referenceDateForm;
    await form.getByLabel(/^(Peildatum|Reference date)/).fill(date);
    await form.getByRole('button', { name: /Peildatum opslaan|Save reference date/ }).click();
    const status = form.getByRole('status').filter({ hasText: date });
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  /** Enters a province places target with its source; returns the status message. */
  async enterReceptionTarget(entry: { places: number; periodLabel: string; publisher: string; title: string }): Promise<string> {
    const form = this.page.getByTestId('reception-target-form');
    await form.getByLabel(/^(Aantal plaatsen|Number of places)/).fill(String(entry.places));
    await form.getByLabel(/^(Periode|Period)/).fill(entry.periodLabel);
    await form.getByLabel(/^(Gepubliceerd door|Published by)/).fill(entry.publisher);
    await form.getByLabel(/^(Titel|Title)/).fill(entry.title);
    await form.getByRole('button', { name: /Doel opslaan|Save target/ }).click();
    const status = form.getByRole('status').filter({ hasText: String(entry.places) });
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  /** Enters a count of places at a location; returns the status message. */
  async enterPlaceCount(entry: { municipalityCode: string; location: string; countedOn: string; places: number }): Promise<string> {
    const form = this.page.getByTestId('place-count-form');
    await form.getByLabel(/^(Gemeentecode|Municipality code)/).fill(entry.municipalityCode);
    await form.getByLabel(/^(Opvanglocatie|Reception location)/).fill(entry.location);
    await form.getByLabel(/^(Geteld op|Counted on)/).fill(entry.countedOn);
    await form.getByLabel(/^(Aantal plaatsen|Number of places)/).fill(String(entry.places));
    await form.getByRole('button', { name: /Telling opslaan|Save count/ }).click();
    const status = form.getByRole('status').filter({ hasText: entry.location });
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  /** The text of the reception targets row whose target carries `periodLabel`. */
  receptionRow(periodLabel: string): Locator {
    return this.page.getByTestId('reception-table').locator('tbody tr', { hasText: periodLabel });
  }

  async openReport(): Promise<void> {
    await this.navigateBy(() => this.page.getByRole('link', { name: /Rapportage|Report/ }).click(), /\/taakstelling\/rapport\?periode=/);
  }
}

export class MunicipalityTaakstellingPage extends AppPage {
  async open(code: string): Promise<void> {
    await this.goto(`/gemeenten/${code}/taakstelling`);
  }

  /** The current ladder step, as its code (op_koers, signaal, ...). */
  async currentStep(): Promise<string | null> {
    return this.page.getByTestId('ladder-step').getAttribute('data-step');
  }

  /** Records one housing through the form; returns the status message. */
  async recordRealisation(entry: { housedOn: string; persons: number; cameFromLocation: string; sourceReference: string }): Promise<string> {
    const form = this.page.getByTestId('realisation-form');
    await form.getByLabel(/^(Datum van verhuizing|Date)/).fill(entry.housedOn);
    await form.getByLabel(/^(Aantal personen|Number of persons)/).fill(String(entry.persons));
    await form.getByLabel(/^(Opvanglocatie|Reception location)/).fill(entry.cameFromLocation);
    await form.getByLabel(/^(Uw kenmerk|Your reference)/).fill(entry.sourceReference);
    await form.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
    const status = form.getByRole('status').filter({ hasText: String(entry.persons) });
    await status.waitFor();
    return (await status.textContent()) ?? '';
  }

  /** Uploads a CSV of realisations (checked only, or imported); returns the status text, or the listed problems of a refused file. */
  async importRealisations(name: string, csv: string, dryRun: boolean): Promise<string> {
    const form = this.page.getByTestId('realisation-import');
    await form.getByRole('checkbox', { name: /Alleen controleren|Only check/ }).setChecked(dryRun);
    await form.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const selector = '[data-testid="realisation-import"] [role="status"], [data-testid="import-errors"]';
    const read = (query: string) => [...document.querySelectorAll(query)].map((node) => node.textContent ?? '').join('');
    const before = await this.page.evaluate(read, selector);
    await form.getByRole('button', { name: /Bestand inlezen|Import file/ }).click();
    const changed = await this.page.waitForFunction(
      ([query, previous]) => {
        const text = [...document.querySelectorAll(query)].map((node) => node.textContent ?? '').join('');
        return text !== '' && text !== previous ? text : false;
      },
      [selector, before] as const,
    );
    return (await changed.jsonValue()) as string;
  }

  /** The source references in the realisations table. */
  async realisationReferences(): Promise<string[]> {
    return this.page.getByTestId('realisation-table').locator('tbody tr td:last-child').allTextContents();
  }

  get decideForm(): Locator {
    return this.page.getByTestId('decide-step-form');
  }

  /** Moves the municipality one step up with a rationale, and waits until the page shows it. */
  async stepUp(rationale: string, nextDeadline?: string): Promise<void> {
    await this.decideForm.getByRole('radio', { name: /zwaarder|step up/ }).check();
    await this.decideForm.getByLabel(/^(Reden|Rationale)/).fill(rationale);
    if (nextDeadline) {
      await this.decideForm.getByLabel(/termijn|deadline/).fill(nextDeadline);
    }
    const before = await this.currentStep();
    await this.decideForm.getByRole('button', { name: /Besluit opslaan|Save decision/ }).click();
    await this.page.waitForFunction(
      (previous) => document.querySelector('[data-testid="ladder-step"]')?.getAttribute('data-step') !== previous,
      before,
    );
  }

  async history(): Promise<string[][]> {
    return this.page
      .getByTestId('ladder-history')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())));
  }
}

export class TaakstellingReportPage extends AppPage {
  get report(): Locator {
    return this.page.getByTestId('taakstelling-report');
  }

  async figureRows(): Promise<string[]> {
    return this.report.locator('table tbody tr th').allTextContents();
  }
}
