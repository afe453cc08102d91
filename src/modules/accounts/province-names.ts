// SPDX-License-Identifier: EUPL-1.2
/**
 * The twelve provinces by CBS code, as named in the shipped CBS division
 * (data/reference/gemeentelijke_indeling_2016_2025.csv, column provincienaam; unchanged
 * 2016-2025). Kept here so that first-run setup works before the regional data is loaded.
 */
export const provinceNames: Readonly<Record<string, string>> = {
  PV20: 'Groningen',
  PV21: 'Friesland',
  PV22: 'Drenthe',
  PV23: 'Overijssel',
  PV24: 'Flevoland',
  PV25: 'Gelderland',
  PV26: 'Utrecht',
  PV27: 'Noord-Holland',
  PV28: 'Zuid-Holland',
  PV29: 'Zeeland',
  PV30: 'Noord-Brabant',
  PV31: 'Limburg',
};

/** The name of the organisation that stands for a province, e.g. "Provincie Utrecht". */
export function provinceOrganisationName(provinceCode: string): string | undefined {
  const name = provinceNames[provinceCode];
  return name === undefined ? undefined : `Provincie ${name}`;
}
