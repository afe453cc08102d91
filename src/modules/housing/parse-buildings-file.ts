// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a vacant-buildings file: CSV (one building per line, columns address, longitude,
 * latitude, municipality_code, former_use, floor_area_m2, owner, vacant_since) or a GeoJSON
 * FeatureCollection of Points with the same names as properties. Every problem is collected with
 * its line (CSV) or feature index and line (GeoJSON); the caller refuses the file whole.
 */
import { parse } from 'csv-parse/sync';
import { readFeatureCollection } from '../regions/import/geojson-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { createBuildingInputSchema, type CreateBuildingInput } from './building.schema.ts';

/** A building read from the file, with where it was. */
export type ParsedBuilding = { line: number; label: string; input: CreateBuildingInput };

export const buildingColumns = ['address', 'longitude', 'latitude', 'municipality_code', 'former_use', 'floor_area_m2', 'owner', 'vacant_since'] as const;

const fieldOfKey: Record<string, string> = {
  address: 'address',
  longitude: 'longitude',
  latitude: 'latitude',
  municipalityCode: 'municipality_code',
  formerUse: 'former_use',
  floorAreaM2: 'floor_area_m2',
  owner: 'owner',
  vacantSince: 'vacant_since',
};

const text = (value: unknown): string | undefined => (value === undefined || value === null || String(value).trim() === '' ? undefined : String(value).trim());
const number = (value: unknown): unknown => (typeof value === 'number' ? value : text(value) === undefined ? undefined : Number(String(value).replace(',', '.')));

function candidate(record: Record<string, unknown>): Record<string, unknown> {
  return {
    address: text(record.address),
    longitude: number(record.longitude),
    latitude: number(record.latitude),
    municipalityCode: text(record.municipality_code),
    formerUse: text(record.former_use),
    floorAreaM2: number(record.floor_area_m2),
    owner: text(record.owner),
    vacantSince: text(record.vacant_since),
  };
}

function check(record: Record<string, unknown>, line: number, label: string, file: string, issues: ImportIssue[]): ParsedBuilding[] {
  const parsed = createBuildingInputSchema.safeParse(candidate(record));
  if (parsed.success) {
    return [{ line, label, input: parsed.data }];
  }
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '');
    issues.push({ file, line, field: label === `line ${line}` ? (fieldOfKey[key] ?? key) : `${label}.properties.${fieldOfKey[key] ?? key}`, message: issue.message });
  }
  return [];
}

function readCsv(file: string, content: string, issues: ImportIssue[]): ParsedBuilding[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(content, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    issues.push({ file, field: '(csv)', message: (error as Error).message });
    return [];
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const unknown = header.filter((column) => !(buildingColumns as readonly string[]).includes(column));
  if (unknown.length > 0) {
    issues.push({ file, line: 1, field: '(header)', message: `unknown column(s) ${unknown.join(', ')}; the columns are ${buildingColumns.join(', ')}` });
    return [];
  }
  return rows.flatMap(({ record, info }) => check(record, info.lines, `line ${info.lines}`, file, issues));
}

function readGeoJson(file: string, content: string, issues: ImportIssue[]): ParsedBuilding[] {
  return readFeatureCollection(file, content, issues).flatMap((feature) => {
    const at = `features[${feature.index}]`;
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null;
    if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      issues.push({ file, line: feature.line, field: `${at}.geometry`, message: 'must be a Point [longitude, latitude] in WGS84' });
      return [];
    }
    const [longitude, latitude] = geometry.coordinates as unknown[];
    return check({ ...feature.properties, longitude, latitude }, feature.line, at, file, issues);
  });
}

/** The buildings of the file; problems go into `issues`. */
export function parseBuildingsFile(file: string, content: string, format: 'csv' | 'geojson', issues: ImportIssue[]): ParsedBuilding[] {
  const buildings = format === 'csv' ? readCsv(file, content, issues) : readGeoJson(file, content, issues);
  if (issues.length === 0 && buildings.length === 0) {
    issues.push({ file, field: format === 'csv' ? '(rows)' : 'features', message: 'holds no buildings' });
  }
  return buildings;
}
