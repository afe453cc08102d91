// SPDX-License-Identifier: EUPL-1.2
/** The locations register (/locaties) and a location page (/locaties/:id). */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export class LocationsPage extends AppPage {
  async openList(): Promise<void> {
    await this.goto('/locaties');
  }

  async openLocation(id: string): Promise<void> {
    await this.goto(`/locaties/${id}`);
  }

  get map(): Locator {
    return this.page.getByTestId('locations-map');
  }

  /** How many location points MapLibre drew (set by the map once it is idle). */
  async renderedLocations(): Promise<number> {
    return Number(await this.map.getAttribute('data-rendered-locations'));
  }

  /** The names in the list, in table order. */
  async listedNames(): Promise<string[]> {
    return (await this.page.getByTestId('locations-table').locator('tbody th').allTextContents()).map((text) => text.trim());
  }

  async legend(): Promise<string[]> {
    return (await this.page.getByTestId('status-legend').locator('li').allTextContents()).map((text) => text.trim());
  }

  async filterByStatus(label: string): Promise<void> {
    await this.page.locator('#filter-status').selectOption({ label });
    await this.page.evaluate(() => {
      document.documentElement.dataset.ready = 'false';
    });
    await this.page.getByRole('button', { name: 'Filter toepassen' }).click();
    await this.waitUntilReady();
  }

  /** Records a lifecycle step with the form on the location page. */
  async recordStep(status: string, on: string): Promise<void> {
    const form = this.page.getByTestId('step-form');
    await form.locator('#step-status').selectOption({ label: status });
    await form.locator('#step-on').fill(on);
    await form.getByRole('button', { name: 'Fase vastleggen' }).click();
  }

  get refusal(): Locator {
    return this.page.getByTestId('refusal');
  }

  get editButton(): Locator {
    return this.page.getByRole('button', { name: 'Gegevens van de locatie wijzigen' });
  }
}
