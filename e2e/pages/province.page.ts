// SPDX-License-Identifier: EUPL-1.2
/** The province overview: choropleth map beside the sortable municipality table. */
import type { Locator } from 'playwright-core';
import { AppPage } from './app.page.ts';

export type TableRow = { name: string; population: string; referenceDate: string };

export class ProvincePage extends AppPage {
  get table(): Locator {
    return this.page.getByTestId('municipality-table').locator('table');
  }

  get map(): Locator {
    return this.page.getByTestId('province-map');
  }

  get mapCanvas(): Locator {
    return this.map.locator('canvas');
  }

  async open(path = '/'): Promise<void> {
    await this.goto(path);
  }

  async rows(): Promise<TableRow[]> {
    return this.table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim());
        return { name: cells[0] ?? '', population: cells[1] ?? '', referenceDate: cells[2] ?? '' };
      }),
    );
  }

  /** The column header cell (th) of a column, found by its visible name. */
  header(name: string | RegExp): Locator {
    return this.table.locator('thead th').filter({ hasText: name });
  }

  async sortBy(name: string | RegExp): Promise<void> {
    await this.header(name).getByRole('button').click();
  }

  /** How many distinct municipalities MapLibre drew (queryRenderedFeatures after the first idle). */
  async renderedMunicipalities(): Promise<number> {
    return Number(await this.map.getAttribute('data-rendered-municipalities'));
  }

  /** Share of map pixels that differ from the plain background, from a screenshot of the map. */
  async paintedShare(): Promise<number> {
    const png = await this.mapCanvas.screenshot();
    return this.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d');
      if (!context) {
        return 0;
      }
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        // The background is #f9f9fa; anything clearly different was drawn by a layer.
        const distance = Math.abs((data[i] ?? 0) - 0xf9) + Math.abs((data[i + 1] ?? 0) - 0xf9) + Math.abs((data[i + 2] ?? 0) - 0xfa);
        if (distance > 24) {
          painted += 1;
        }
      }
      return painted / (data.length / 4);
    }, png.toString('base64'));
  }

  /**
   * Focuses the map and walks with the arrow key until the municipality is chosen; returns where
   * the map shows its label (canvas pixels), so a test can also point and click there.
   */
  async chooseOnMapByKeyboard(name: string): Promise<{ x: number; y: number }> {
    await this.mapCanvas.focus();
    const status = this.page.getByTestId('map-status');
    for (let step = 0; step < 60; step += 1) {
      await this.page.keyboard.press('ArrowRight');
      const text = (await status.textContent()) ?? '';
      if (text.startsWith(`${name}:`)) {
        const tooltip = this.page.getByTestId('map-tooltip');
        const style = await tooltip.evaluate((element) => ({ x: parseFloat((element as HTMLElement).style.left), y: parseFloat((element as HTMLElement).style.top) }));
        return style;
      }
    }
    throw new Error(`${name} not reached with the arrow keys`);
  }

  async mapStatus(): Promise<string> {
    return ((await this.page.getByTestId('map-status').textContent()) ?? '').trim();
  }

  async tooltipText(): Promise<string> {
    const tooltip = this.page.getByTestId('map-tooltip');
    await tooltip.waitFor();
    return ((await tooltip.innerText()) ?? '').replace(/\s+/g, ' ').trim();
  }
}
