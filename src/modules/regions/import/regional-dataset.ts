// SPDX-License-Identifier: EUPL-1.2
/**
 * The regional data set as the importer writes it: plain rows, one type per table, produced by
 * parse-regional-data.ts and consumed by import-regional-data.ts.
 */

export type SourceRow = {
  id: string;
  publisher: string;
  title: string;
  publisherTable: string | null;
  referenceDate: string | null;
  url: string | null;
  licence: string | null;
  note: string | null;
};

/** A province (code and name). */
export type ProvinceRow = { code: string; name: string };

/** A municipality with its latest name, province and dates. */
export type MunicipalityRow = {
  code: string;
  name: string;
  provinceCode: string;
  beginDate: string | null;
  endDate: string | null;
};

/** One municipality in the division of one year. */
export type MunicipalityYearRow = {
  year: number;
  municipalityCode: string;
  name: string;
  provinceCode: string;
  beginDate: string | null;
  endDate: string | null;
  active: boolean;
  sourceId: string;
};

/** Predecessor → successor; `derivation` says how it was found. */
export type SuccessionRow = {
  predecessorCode: string;
  successorCode: string;
  effectiveDate: string;
  derivation: string;
  territoryShare: number | null;
};

/** Population on a peildatum; other published columns in `figures`. */
export type PopulationRow = {
  municipalityCode: string;
  referenceDate: string;
  sourceId: string;
  population: number;
  households: number | null;
  averageHouseholdSize: number | null;
  densityPerKm2: number | null;
  figures: Record<string, number | null>;
};

/** A GeoJSON geometry of one area in one boundary year. */
export type BoundaryRow = {
  kind: 'province' | 'municipality' | 'wijk';
  code: string;
  year: number;
  name: string;
  sourceId: string;
  geometry: Record<string, unknown>;
};

/** One gemeente, wijk or buurt row of a KWB table. */
export type AreaFigureRow = {
  year: number;
  cbsRowId: number;
  level: 'gemeente' | 'wijk' | 'buurt';
  name: string;
  wijkName: string | null;
  municipalityCode: string;
  sourceId: string;
  population: number | null;
  figures: Record<string, number | null>;
};

/** The checksums of what was loaded. */
export type DatasetRow = {
  id: string;
  loadedChecksum: string;
  shippedChecksum: string | null;
  fileChecksums: Record<string, string>;
};

/** Everything one import writes, in foreign-key order. */
export type RegionalDataset = {
  /** sha256 over all files read, in catalogue order. */
  checksum: string;
  fileChecksums: Record<string, string>;
  sources: SourceRow[];
  provinces: ProvinceRow[];
  municipalities: MunicipalityRow[];
  years: MunicipalityYearRow[];
  successions: SuccessionRow[];
  population: PopulationRow[];
  boundaries: BoundaryRow[];
  areaFigures: AreaFigureRow[];
};
