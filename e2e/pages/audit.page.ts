// SPDX-License-Identifier: EUPL-1.2
/** The audit log (/audit), for province coordinators. */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export type AuditRow = { occurredAt: string; actor: string; action: string; record: string; changes: string };

export class AuditPage extends AppPage {
  get table(): Locator {
    return this.page.getByTestId('audit-table');
  }

  async open(): Promise<void> {
    await this.goto('/audit');
  }

  async rows(): Promise<AuditRow[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim());
        return {
          occurredAt: cells[0] ?? '',
          actor: cells[1] ?? '',
          action: cells[2] ?? '',
          record: cells[3] ?? '',
          changes: cells[4] ?? '',
        };
      }),
    );
  }

  /** Filters on the actor and waits for the new list. */
  async filterByActor(actor: string): Promise<void> {
    await this.page.locator('#audit-actor').fill(actor);
    await this.navigateBy(() => this.page.getByRole('button', { name: /^(Filteren|Filter)$/ }).click(), /\/audit$/);
  }
}
