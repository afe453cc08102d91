// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a facility layer file: a GeoJSON FeatureCollection of Points, or a CSV with a name column
 * and longitude/latitude columns (lon/lng/x, lat/y are accepted too), in WGS84 degrees. A file
 * with any bad feature is refused whole, each problem with its feature index (GeoJSON) or line
 * (CSV), e.g. `shops.geojson:14: features[12].geometry: must be a Point`.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors.ts';
import { readFeatureCollection } from '../regions/import/geojson-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';

export type FacilityPoint = { featureIndex: number; name: string | null; longitude: number; latitude: number; properties: Record<string, unknown> };

/** Most problems listed in one refusal. */
const maxIssues = 50;

const validLon = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= -180 && x <= 180;
const validLat = (y: unknown): y is number => typeof y === 'number' && Number.isFinite(y) && y >= -90 && y <= 90;

function nameOf(properties: Record<string, unknown>): string | null {
  const name = properties.name ?? properties.naam;
  return typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 300) : null;
}

function readGeoJson(file: string, text: string, issues: ImportIssue[]): FacilityPoint[] {
  const points: FacilityPoint[] = [];
  for (const feature of readFeatureCollection(file, text, issues)) {
    const at = `features[${feature.index}]`;
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      issues.push({ file, line: feature.line, field: `${at}.geometry`, message: 'must be a Point' });
      continue;
    }
    const [lon, lat] = geometry.coordinates as unknown[];
    if (!validLon(lon) || !validLat(lat)) {
      issues.push({ file, line: feature.line, field: `${at}.geometry.coordinates`, message: 'must be [longitude, latitude] in WGS84 degrees (EPSG:4326)' });
      continue;
    }
    points.push({ featureIndex: feature.index, name: nameOf(feature.properties), longitude: lon, latitude: lat, properties: feature.properties });
  }
  return points;
}

const lonColumns = ['longitude', 'lon', 'lng', 'x'];
const latColumns = ['latitude', 'lat', 'y'];

function readCsvPoints(file: string, text: string, issues: ImportIssue[]): FacilityPoint[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    issues.push({ file, field: '(csv)', message: (error as Error).message });
    return [];
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const lonColumn = lonColumns.find((c) => header.includes(c));
  const latColumn = latColumns.find((c) => header.includes(c));
  if (!lonColumn || !latColumn) {
    issues.push({ file, line: 1, field: '(header)', message: 'needs a longitude (or lon/lng/x) and a latitude (or lat/y) column' });
    return [];
  }
  return rows.flatMap(({ record, info }, index) => {
    const lon = Number(record[lonColumn]?.replace(',', '.'));
    const lat = Number(record[latColumn]?.replace(',', '.'));
    if (record[lonColumn] === '' || !validLon(lon)) {
      issues.push({ file, line: info.lines, field: lonColumn, message: `${JSON.stringify(record[lonColumn])} is not a longitude in WGS84 degrees` });
      return [];
    }
    if (record[latColumn] === '' || !validLat(lat)) {
      issues.push({ file, line: info.lines, field: latColumn, message: `${JSON.stringify(record[latColumn])} is not a latitude in WGS84 degrees` });
      return [];
    }
    return [{ featureIndex: index, name: nameOf(record), longitude: lon, latitude: lat, properties: record }];
  });
}

/** Parses the file; throws IMPORT_INVALID listing every problem when any feature is bad. */
export function parseFacilityFile(file: string, text: string, format: 'geojson' | 'csv'): FacilityPoint[] {
  const issues: ImportIssue[] = [];
  const points = format === 'geojson' ? readGeoJson(file, text, issues) : readCsvPoints(file, text, issues);
  if (issues.length === 0 && points.length === 0) {
    issues.push({ file, field: format === 'geojson' ? 'features' : '(rows)', message: 'holds no facilities' });
  }
  if (issues.length > 0) {
    const lines = issues.slice(0, maxIssues).map((i) => `${i.file}${i.line ? `:${i.line}` : ''}: ${i.field}: ${i.message}`);
    if (issues.length > maxIssues) {
      lines.push(`… and ${issues.length - maxIssues} more`);
    }
    throw new AppError('IMPORT_INVALID', `The facility file was refused; nothing was imported:\n  ${lines.join('\n  ')}`, {
      field: 'body',
      details: { issues: issues.slice(0, maxIssues) },
    });
  }
  return points;
}
