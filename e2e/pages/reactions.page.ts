// SPDX-License-Identifier: EUPL-1.2
/**
 * The officials' reactions queue (/reacties) and its overview (/reacties/overzicht), and the map
 * in the residents' reaction form on the public location page (/inwoners/locaties/:id).
 */
import type { Locator, Page } from 'playwright-core';
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

/** The map in the reaction form of the public location page, once its script has made it usable. */
export class PublicLocationMap {
  constructor(readonly page: Page) {}

  /** The map (an image without the script, an application to tap and key with it). */
  get map(): Locator {
    return this.page.getByRole('application', { name: /^Kaart van de gemeente / });
  }

  async waitUntilInteractive(): Promise<void> {
    await this.page.locator('#kaart-blok.is-interactive').waitFor();
  }

  /** Taps the map this many CSS pixels right of and below the location's marker. */
  async tapNearLocation(right: number, down: number): Promise<void> {
    const marker = await this.page.locator('.location-marker circle').boundingBox();
    const map = await this.map.boundingBox();
    if (!marker || !map) {
      throw new Error('the map or its location marker is not visible');
    }
    const x = marker.x + marker.width / 2 + right - map.x;
    const y = marker.y + marker.height / 2 + down - map.y;
    await this.map.click({ position: { x, y } });
  }

  /** The longitude and latitude fields as the resident sees them. */
  async coordinates(): Promise<{ longitude: string; latitude: string }> {
    return {
      longitude: await this.page.getByLabel('Lengtegraad (bijvoorbeeld 5,1214)').inputValue(),
      latitude: await this.page.getByLabel('Breedtegraad (bijvoorbeeld 52,0907)').inputValue(),
    };
  }

  /** What the live region last said. */
  async announced(): Promise<string> {
    return ((await this.page.locator('#kaart-status').textContent()) ?? '').trim();
  }

  async removeSpot(): Promise<void> {
    await this.page.getByRole('button', { name: 'Plek weghalen' }).click();
  }
}
