// SPDX-License-Identifier: EUPL-1.2
/**
 * The integration pages: a municipality's waiting times (/gemeenten/GMxxxx/integratie), a
 * household (/huishoudens/:id), a partner's referrals (/aanbod/doorverwijzingen) and the practice
 * library (/praktijken).
 */
import { AppPage } from './app.page.ts';

export class WaitingTimesPage extends AppPage {
  async open(code: string, slug?: string): Promise<void> {
    await this.goto(`/gemeenten/${code}/integratie${slug ? `?wachttijd=${slug}` : ''}`);
  }

  /** Chooses a waiting time in the filter and shows its list. */
  async filter(indicatorLabel: string): Promise<void> {
    await this.page.getByLabel('Wachttijd', { exact: true }).selectOption({ label: indicatorLabel });
    await this.navigateBy(() => this.page.getByRole('button', { name: 'Toon lijst' }).click(), /wachttijd=/);
  }

  /** The pseudonyms and days of the waiting list, in the order shown. */
  async waiting(): Promise<{ pseudonym: string; days: string }[]> {
    return this.page
      .getByTestId('waiting-list')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => ({ pseudonym: (row.querySelector('th')?.textContent ?? '').trim(), days: (row.querySelectorAll('td')[1]?.textContent ?? '').trim() })));
  }

  async openHousehold(pseudonym: string): Promise<void> {
    await this.navigateBy(() => this.page.getByRole('link', { name: pseudonym, exact: true }).click(), /\/huishoudens\//);
  }
}

export class HouseholdPage extends AppPage {
  /** The titles of the matching offers, best first. */
  async matchTitles(): Promise<string[]> {
    return (await this.page.getByTestId('offer-match').locator('h3').allTextContents()).map((text) => text.trim());
  }

  /** Tries to add a track; returns the error message shown at the end date, if any. */
  async addTrackExpectingEndError(kind: string, startedOn: string, endedOn: string): Promise<string> {
    const form = this.page.getByTestId('track-new-form');
    await form.getByLabel('Soort traject').selectOption({ label: kind });
    await form.getByLabel('Begonnen op').fill(startedOn);
    await form.getByLabel('Geëindigd op').fill(endedOn);
    await form.getByRole('button', { name: 'Traject toevoegen' }).click();
    const error = this.page.locator('#track-new-endedOn-error');
    await error.waitFor();
    return ((await error.textContent()) ?? '').trim();
  }

  /** Adds a running track; returns the confirmation once the page has reloaded. */
  async addTrack(kind: string, startedOn: string): Promise<string> {
    const form = this.page.getByTestId('track-new-form');
    await form.getByLabel('Soort traject').selectOption({ label: kind });
    await form.getByLabel('Begonnen op').fill(startedOn);
    await form.getByLabel('Geëindigd op').fill('');
    await this.page.evaluate(() => {
      document.documentElement.dataset.ready = 'false';
    });
    await form.getByRole('button', { name: 'Traject toevoegen' }).click();
    await this.waitUntilReady();
    return ((await this.page.getByTestId('household-notice').textContent()) ?? '').trim();
  }

  /** Refers the household to an offer; returns the confirmation. */
  async refer(pseudonym: string, title: string): Promise<string> {
    await this.page.getByRole('button', { name: `Doorverwijzen: ${pseudonym} naar ${title}` }).click();
    const notice = this.page.getByTestId('referral-notice');
    await notice.waitFor();
    await this.page.getByTestId('referrals').waitFor();
    return ((await notice.textContent()) ?? '').trim();
  }
}

/** Records what came of a referral (the municipality keeps the status); waits for the reloaded table. */
export async function recordUptake(page: HouseholdPage, pseudonym: string, offer: string, statusLabel: string): Promise<string> {
  await page.page.getByLabel(`Stand van ${pseudonym} bij ${offer}`).selectOption({ label: statusLabel });
  await page.page.getByRole('button', { name: 'Stand opslaan' }).click();
  const row = page.page.getByTestId('referral-row').filter({ hasText: `${statusLabel} (sinds` });
  await row.waitFor();
  return ((await row.textContent()) ?? '').trim();
}

export class ReferralsPage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/aanbod/doorverwijzingen');
  }

  /** Each referral row as pseudonym, offer title and status. */
  async rows(): Promise<{ pseudonym: string; offer: string; status: string }[]> {
    return this.page
      .getByTestId('referrals')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const cells = row.querySelectorAll('td');
          return { pseudonym: (row.querySelector('th')?.textContent ?? '').trim(), offer: (cells[0]?.textContent ?? '').trim(), status: (cells[2]?.textContent ?? '').trim() };
        }),
      );
  }
}

export class PracticesPage extends AppPage {
  async open(): Promise<void> {
    await this.goto('/praktijken');
  }

  /** Searches with the form; returns the titles found. */
  async search(words: string): Promise<string[]> {
    await this.page.getByLabel('Zoekwoorden').fill(words);
    await this.navigateBy(() => this.page.getByRole('button', { name: 'Zoeken' }).click(), /\/praktijken\?q=/);
    return (await this.page.getByTestId('practice-results').locator('h3').allTextContents()).map((text) => text.trim());
  }
}
