// SPDX-License-Identifier: EUPL-1.2
/** A municipality page (/gemeenten/GMxxxx). */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export class MunicipalityPage extends AppPage {
  async open(code: string): Promise<void> {
    await this.goto(`/gemeenten/${code}`);
  }

  async keyFigure(): Promise<string> {
    return ((await this.page.locator('.rt-keyfigure__value').textContent()) ?? '').trim();
  }

  get chart(): Locator {
    return this.page.locator('svg.rt-chart[role="img"]');
  }

  get populationTable(): Locator {
    return this.page.getByTestId('population-table').locator('table');
  }

  get boundaryMap(): Locator {
    return this.page.getByTestId('boundary-map');
  }

  get profile(): Locator {
    return this.page.getByTestId('profile-section');
  }

  async successionLinks(): Promise<string[]> {
    return (await this.page.locator('section[aria-labelledby="successions-heading"] a').allTextContents()).map((text) => text.trim());
  }

  async startEditingProfile(): Promise<void> {
    await this.profile.getByRole('button', { name: /Contactgegevens wijzigen|Change contact details/ }).click();
  }

  async fillProfile(values: { contactEmail?: string; phone?: string; website?: string; note?: string }): Promise<void> {
    for (const [field, value] of Object.entries(values)) {
      await this.page.locator(`#profile-${field}`).fill(value);
    }
  }

  async saveProfile(): Promise<void> {
    await this.profile.getByRole('button', { name: /^(Opslaan|Save)$/ }).click();
  }
}
