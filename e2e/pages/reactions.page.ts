// SPDX-License-Identifier: EUPL-1.2
/** The officials' reactions queue (/reacties) and its overview (/reacties/overzicht). */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export class ReactionsQueuePage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/reacties');
  }

  /** Shows one list of the queue: pending, published, hidden or all. */
  async show(visibility: 'pending' | 'published' | 'hidden' | 'all'): Promise<void> {
    await this.navigateWithin(() => this.page.getByLabel('Toon').selectOption(visibility));
  }

  /** The card of the reaction with this text. */
  card(text: string): Locator {
    return this.page.locator('li.rt-reaction').filter({ hasText: text });
  }

  async publish(text: string, theme: string): Promise<void> {
    const card = this.card(text);
    await card.getByLabel('Thema (niet verplicht, voor het overzicht)').fill(theme);
    await card.getByRole('button', { name: 'Publiceren' }).click();
    await card.waitFor({ state: 'detached' });
  }

  async answer(text: string, answer: string): Promise<void> {
    const card = this.card(text);
    await card.getByLabel('Uw antwoord (openbaar)').fill(answer);
    await card.getByRole('button', { name: 'Antwoord versturen' }).click();
    await this.card(text).filter({ hasText: 'beantwoord' }).waitFor();
  }

  /** Runs an action that reloads the list and waits until the list is there again. */
  private async navigateWithin(action: () => Promise<unknown>): Promise<void> {
    await this.page.evaluate(() => {
      document.documentElement.dataset.ready = 'false';
    });
    await action();
    await this.waitUntilReady();
  }
}

export class ReactionsOverviewPage extends AppPage {
  /** The rows of a count table as [label, count]. */
  async counts(testId: string): Promise<string[][]> {
    const rows = this.page.getByTestId(testId).locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? '').trim())));
  }

  /** How many pins MapLibre drew (the map sets it when it is idle). */
  async renderedPins(): Promise<number> {
    return Number(await this.page.getByTestId('reactions-map').getAttribute('data-rendered-pins'));
  }
}
