// SPDX-License-Identifier: EUPL-1.2
/** The housing page (/provincies/PVxx/woningbouw, /gemeenten/GMxxxx/woningbouw) and its forms. */
import { AppPage } from './app.page.ts';

export type OfficeBuilding = { address: string; longitude: string; latitude: string; floorArea: string };
export type ConversionFields = { homes: string; statusHolders: string; students: string; starters: string; rent: string; delivered: string };

export class HousingPage extends AppPage {
  async open(path: string): Promise<void> {
    await this.goto(path);
  }

  /** The persons expected from projects for a municipality in the first period of the forecast. */
  async expectedFor(code: string): Promise<string> {
    return ((await this.page.getByTestId(`forecast-expected-${code}`).textContent()) ?? '').trim();
  }

  /** Fills in and saves the "add a building" form as a vacant office; waits for the confirmation. */
  async addOffice(building: OfficeBuilding): Promise<void> {
    await this.page.getByLabel('Adres', { exact: true }).fill(building.address);
    await this.page.getByLabel('Lengtegraad (WGS84)').fill(building.longitude);
    await this.page.getByLabel('Breedtegraad (WGS84)').fill(building.latitude);
    await this.page.getByLabel('Vroeger gebruik').selectOption('office');
    await this.page.getByLabel('Vloeroppervlak (m²)').fill(building.floorArea);
    await this.page.getByRole('button', { name: 'Gebouw opslaan' }).click();
    await this.page.getByText('Het gebouw is toegevoegd.').waitFor();
    await this.page.getByRole('heading', { name: 'Maak een project van een gebouw' }).waitFor();
  }

  /** Turns the (first) building into a project; returns the confirmation text. */
  async convertFirstBuilding(fields: ConversionFields): Promise<string> {
    await this.page.getByLabel('Aantal woningen').fill(fields.homes);
    await this.page.getByLabel('Waarvan voor statushouders').fill(fields.statusHolders);
    await this.page.getByLabel('Waarvan voor studenten').fill(fields.students);
    await this.page.getByLabel('Waarvan voor starters').fill(fields.starters);
    await this.page.locator('#convert-band').selectOption('social');
    await this.page.getByLabel('Kale huur per maand (EUR)').fill(fields.rent);
    await this.page.getByLabel('Verwachte oplevering').fill(fields.delivered);
    await this.page.getByRole('button', { name: 'Project maken' }).click();
    // The page keeps the confirmation while it reloads; wait until it is ready again.
    const done = this.page.getByTestId('housing-notice');
    await done.waitFor();
    await this.waitUntilReady();
    return ((await done.textContent()) ?? '').trim();
  }
}
