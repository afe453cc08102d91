// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a file of reception locations: a GeoJSON FeatureCollection of Points, or a CSV with
 * longitude and latitude columns, in the shape the register exports (locations.geojson,
 * locations.csv), so an export can be imported elsewhere. Property and column names may be
 * camelCase or snake_case. Every row is checked against the API's input schema; the problems are
 * collected with their feature index (GeoJSON) or line (CSV), never just the first.
 */
import { parse } from 'csv-parse/sync';
import { readFeatureCollection } from '../regions/import/geojson-file.ts';
import type { ImportIssue } from '../regions/import/import-issues.ts';
import { createLocationInputSchema, type CreateLocationInput } from './location.schema.ts';
import { locationStatuses } from './lifecycle.ts';

/** One row that passed the schema, with where it came from. */
export type LocationRow = { line: number | undefined; at: string; input: CreateLocationInput };

const numberFields = new Set(['longitude', 'latitude', 'capacity', 'oneOffCostEur', 'yearlyCostEur']);
const textFields = ['name', 'address', 'municipalityCode', 'kind', 'buildingType', 'plannedFrom', 'plannedUntil', 'owner', 'operator', 'costSource'];
const decided = locationStatuses.indexOf('decided');

const camel = (key: string) => key.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Properties with camelCase keys and empty cells left out. */
function normalise(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== '' && value !== null && value !== undefined) {
      out[camel(key)] = value;
    }
  }
  return out;
}

/** A CSV cell as a number ("52,09" too); other values are left for the schema to refuse. */
const asNumber = (value: unknown) => (typeof value === 'string' && /^-?\d+([.,]\d+)?$/.test(value.trim()) ? Number(value.trim().replace(',', '.')) : value);

/**
 * The history to register: the status (default "idea") dated status_since, preceded by the
 * decision (decision, decided_by, decided_on) when the status lies past "decided".
 */
function stepsOf(p: Record<string, unknown>): unknown[] | undefined {
  if (p.status === undefined) {
    return undefined;
  }
  const index = locationStatuses.indexOf(p.status as (typeof locationStatuses)[number]);
  const decision = p.decision === undefined ? undefined : { outcome: p.decision, decidedBy: p.decidedBy };
  if (index < decided) {
    return [{ status: p.status, on: p.statusSince }];
  }
  const decisionStep = { status: 'decided', on: p.decidedOn ?? p.statusSince, ...(decision ? { decision } : {}) };
  return index === decided ? [decisionStep] : [decisionStep, { status: p.status, on: p.statusSince }];
}

function toInput(properties: Record<string, unknown>, coordinates: { longitude: unknown; latitude: unknown }): Record<string, unknown> {
  const p = normalise(properties);
  const input: Record<string, unknown> = { longitude: coordinates.longitude, latitude: coordinates.latitude };
  for (const key of [...numberFields, ...textFields]) {
    if (p[key] !== undefined && input[key] === undefined) {
      input[key] = numberFields.has(key) ? asNumber(p[key]) : p[key];
    }
  }
  const steps = stepsOf(p);
  if (steps) {
    input.steps = steps;
  }
  return input;
}

function check(raw: Record<string, unknown>, file: string, line: number | undefined, at: string, issues: ImportIssue[]): LocationRow[] {
  const parsed = createLocationInputSchema.safeParse(raw);
  if (parsed.success) {
    return [{ line, at, input: parsed.data }];
  }
  for (const issue of parsed.error.issues) {
    issues.push({ file, ...(line === undefined ? {} : { line }), field: [at, ...issue.path.map(String)].filter(Boolean).join('.'), message: issue.message });
  }
  return [];
}

/** The rows of a GeoJSON file (features[i]). */
export function readLocationGeoJson(file: string, text: string, issues: ImportIssue[]): LocationRow[] {
  return readFeatureCollection(file, text, issues).flatMap((feature) => {
    const at = `features[${feature.index}]`;
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
    if (!geometry || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
      issues.push({ file, line: feature.line, field: `${at}.geometry`, message: 'must be a Point [longitude, latitude] in WGS84 degrees' });
      return [];
    }
    const [longitude, latitude] = geometry.coordinates as unknown[];
    return check(toInput(feature.properties, { longitude, latitude }), file, feature.line, at, issues);
  });
}

/** The rows of a CSV file (line numbers as in the file, the header being line 1). */
export function readLocationCsv(file: string, text: string, issues: ImportIssue[]): LocationRow[] {
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true });
  } catch (error) {
    issues.push({ file, field: '(csv)', message: (error as Error).message });
    return [];
  }
  const header = Object.keys(rows[0]?.record ?? {}).map(camel);
  if (rows.length > 0 && (!header.includes('longitude') || !header.includes('latitude'))) {
    issues.push({ file, line: 1, field: '(header)', message: 'needs a longitude and a latitude column (WGS84 degrees)' });
    return [];
  }
  return rows.flatMap(({ record, info }) => {
    const p = normalise(record);
    return check(toInput(record, { longitude: asNumber(p.longitude), latitude: asNumber(p.latitude) }), file, info.lines, '', issues);
  });
}
