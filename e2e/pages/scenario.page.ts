// SPDX-License-Identifier: EUPL-1.2
/** A siting weighing (/afwegingen/:id): candidates, weights, ranking, memo. */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export type NewSite = { name: string; latitude: string; longitude: string; capacity: string; yearlyCostEur: string; plannedFrom: string };

export class ScenarioPage extends AppPage {
  async open(id: string): Promise<void> {
    await this.goto(`/afwegingen/${id}`);
  }

  get rankingTable(): Locator {
    return this.page.getByTestId('ranking-table').locator('table');
  }

  /** The ranking rows in weighted-sum order: name, and both scores as shown. */
  async ranking(): Promise<{ name: string; weightedSum: string; topsis: string }[]> {
    return this.rankingTable.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim());
        return { name: cells[0] ?? '', weightedSum: cells[2] ?? '', topsis: cells[4] ?? '' };
      }),
    );
  }

  async candidateNames(): Promise<string[]> {
    return (await this.page.getByTestId('candidates').locator('li a').allTextContents()).map((text) => text.trim());
  }

  /** Opens the "new site" form and clicks the middle of its map; returns the coordinates it filled in. */
  async startNewSiteAndClickMap(): Promise<{ latitude: string; longitude: string }> {
    await this.page.getByRole('button', { name: 'Nieuwe plek invoeren' }).click();
    const picker = this.page.getByTestId('point-picker');
    await this.page.locator('[data-testid="point-picker"][data-loaded="true"]').waitFor();
    // The mouse clicks in the viewport, so the map must be in it.
    await picker.scrollIntoViewIfNeeded();
    const box = await picker.boundingBox();
    if (!box) {
      throw new Error('the point picker has no box');
    }
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#candidate-latitude')?.value ?? '') !== '');
    return { latitude: await this.page.locator('#candidate-latitude').inputValue(), longitude: await this.page.locator('#candidate-longitude').inputValue() };
  }

  async fillNewSite(site: NewSite): Promise<void> {
    for (const [field, value] of Object.entries(site)) {
      await this.page.locator(`#candidate-${field}`).fill(value);
    }
  }

  async saveNewSite(): Promise<void> {
    await this.page.getByRole('button', { name: 'Plek opslaan en toevoegen' }).click();
  }

  async setWeight(criterionId: string, weight: number): Promise<void> {
    await this.page.locator(`#weight-${criterionId}`).fill(String(weight));
  }

  async share(criterionId: string): Promise<string> {
    return ((await this.page.getByTestId(`share-${criterionId}`).textContent()) ?? '').trim();
  }

  async applyWeights(): Promise<void> {
    await this.page.getByRole('button', { name: 'Gewichten toepassen' }).click();
  }

  get memoLink(): Locator {
    return this.page.getByTestId('memo-link');
  }
}
