// SPDX-License-Identifier: EUPL-1.2
/**
 * The files the regions import reads (paths relative to the data folder, the same for `--dir`)
 * and the sources they come from. The source texts repeat data/PROVENANCE.md, where each
 * transformation is described in full; keep the two in step.
 */
import type { SourceRow } from './regional-dataset.ts';

/** Relative paths of the files the regions import reads. */
export const regionFiles = {
  division: 'reference/gemeentelijke_indeling_2016_2025.csv',
  population2023: 'population/gemeenten_2023_cbs_kwb.csv',
  population2024: 'population/gemeenten_2024_cbs_kwb_statline.csv',
  areas2023: 'population/utrecht_gemeenten_wijken_buurten_2023_cbs_kwb.csv',
  areas2024: 'population/utrecht_gemeenten_wijken_buurten_2024_cbs_kwb.csv',
  municipalities2016: 'boundaries/nl_gemeenten_2016.geojson',
  provinces2016: 'boundaries/nl_provincies_2016.geojson',
  municipalities2023: 'boundaries/nl_gemeenten_2023_cbs_kwb.geojson',
  utrechtProvince2023: 'boundaries/utrecht_provincie_2023_dissolved.geojson',
  utrechtWijken2016: 'boundaries/utrecht_wijken_2016.geojson',
} as const;

/** Name of one catalogue file. */
export type RegionFileKey = keyof typeof regionFiles;

const cbsLicence = 'CC BY 4.0 (Bron: CBS)';

/** Stable source ids, cited by every figure. */
export const sourceIds = {
  division: 'cbs-gemeentelijke-indeling-2016-2025',
  kwb2023Municipalities: 'cbs-wijkbuurtkaart-2023-gemeenten',
  kwb2023: 'cbs-85618NED-2023',
  kwb2024: 'cbs-85984NED-2024',
  areas2016: 'cbs-gebiedsindelingen-2016',
  utrechtProvince2023: 'derived-pv26-2023-dissolved',
} as const;

/** Every source of the regional data; ids are stable (the API and other modules cite them). */
export const regionSources: SourceRow[] = [
  {
    id: sourceIds.division,
    publisher: 'CBS',
    title: 'Gemeentelijke indeling 2016-2025 (Gemeenten alfabetisch per provincie)',
    publisherTable: null,
    referenceDate: null,
    url: 'https://github.com/nlextract/NLExtract/blob/2a97e2feb5039f050af1cc09e651e4c2c72724b1/bag/db/data/gemeentelijke-indeling.xml',
    licence: `${cbsLicence}; repository NLExtract GPL-3.0`,
    note:
      'NLExtract keeps this XML from the yearly CBS lists; flattened per year 2016-2025 with codes ' +
      'GMxxxx/PVxx (data/PROVENANCE.md §3). Mergers (successions) are derived from it and the boundaries.',
  },
  {
    id: sourceIds.kwb2023Municipalities,
    publisher: 'CBS',
    title: 'Wijk- en Buurtkaart 2023 (Kerncijfers wijken en buurten 2023), laag gemeenten',
    publisherTable: null,
    referenceDate: '2023-01-01',
    url: 'https://github.com/stdekker/open-data-maps/blob/32d9e4b6f6f01fb4f6022007989626041f77eef5/web/data/gemeenten.json',
    licence: cbsLicence,
    note:
      'Served by PDOK (cbs/wijkenbuurten), simplified 1% with mapshaper by the repository author; ' +
      'figures are those of 1 January 2023 (data/PROVENANCE.md §1-2).',
  },
  {
    id: sourceIds.kwb2023,
    publisher: 'CBS',
    title: 'Kerncijfers wijken en buurten 2023',
    publisherTable: '85618NED',
    referenceDate: '2023-01-01',
    url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85618NED',
    licence: cbsLicence,
    note:
      'Downloaded with the CBS OData API in repository GqtHqb/Bevolkingskarakteristiek (commit ' +
      '05e2837d); rows of the 26 Utrecht municipalities kept (data/PROVENANCE.md §2).',
  },
  {
    id: sourceIds.kwb2024,
    publisher: 'CBS',
    title: 'Kerncijfers wijken en buurten 2024',
    publisherTable: '85984NED',
    referenceDate: '2024-01-01',
    url: 'https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED',
    licence: cbsLicence,
    note:
      'Downloaded with the CBS OData API in repository GqtHqb/Bevolkingskarakteristiek (commit ' +
      '05e2837d); selected columns renamed, codes joined from the CBS division (data/PROVENANCE.md §2).',
  },
  {
    id: sourceIds.areas2016,
    publisher: 'CBS',
    title: 'CBS gebiedsindelingen 2016 (gemeenten, provincies, wijken), gegeneraliseerd',
    publisherTable: null,
    referenceDate: '2016-01-01',
    url: 'https://github.com/edwindj/nl_maps/tree/69ff5de78cecb925a897d5e6f71c0a4423bda2dd/wgs84',
    licence: `${cbsLicence}; repository without licence file`,
    note:
      'Downloaded from the PDOK WFS cbsgebiedsindelingen and simplified 10% with mapshaper by the ' +
      'repository author (data/PROVENANCE.md §1).',
  },
  {
    id: sourceIds.utrechtProvince2023,
    publisher: 'CBS (afgeleid door Regietafel)',
    title: 'Provincie Utrecht 2023: samengevoegde grenzen van de 26 gemeenten',
    publisherTable: null,
    referenceDate: '2023-01-01',
    url: null,
    licence: cbsLicence,
    note:
      'Not a published boundary: the 26 municipal boundaries of 2023 dissolved with mapshaper ' +
      '(data/PROVENANCE.md §1).',
  },
];
