// SPDX-License-Identifier: EUPL-1.2
/** Boundary files (GeoJSON, WGS84): one row per feature, keyed by kind, CBS code and year. */
import { checkAreaGeometry, readFeatureCollection } from './geojson-file.ts';
import type { AreaGeometry } from './geometry.ts';
import type { ImportIssue } from './import-issues.ts';
import type { BoundaryRow } from './regional-dataset.ts';

/** Which properties hold the code and name in one boundary file. */
export type BoundaryFileSpec = {
  kind: BoundaryRow['kind'];
  year: number;
  sourceId: string;
  codeProperty: string;
  nameProperty: string;
  codePattern: RegExp;
  example: string;
  /** Codes to leave out, with the reason (e.g. GM0998 "Buitenland": not a municipality). */
  skip?: Record<string, string>;
};

/** A boundary row with its line, code path and typed geometry, for checks and the derivation. */
export type LocatedBoundaryRow = BoundaryRow & {
  line: number;
  /** JSON path of the code, for messages: features[i].properties.statcode. */
  codeField: string;
  area: AreaGeometry;
};

/** Parses one boundary file into rows; bad features become issues. */
export function parseBoundaries(
  file: string,
  text: string,
  spec: BoundaryFileSpec,
  issues: ImportIssue[],
): LocatedBoundaryRow[] {
  const rows: LocatedBoundaryRow[] = [];
  const seen = new Set<string>();
  for (const feature of readFeatureCollection(file, text, issues)) {
    const at = `features[${feature.index}]`;
    const fail = (field: string, message: string) => {
      issues.push({ file, line: feature.line, field: `${at}.${field}`, message });
    };
    const code = feature.properties[spec.codeProperty];
    const name = feature.properties[spec.nameProperty];
    if (typeof code !== 'string' || !spec.codePattern.test(code)) {
      fail(`properties.${spec.codeProperty}`, `${JSON.stringify(code)} is not a code like ${spec.example}`);
      continue;
    }
    if (spec.skip?.[code]) {
      continue;
    }
    if (typeof name !== 'string' || name.trim() === '') {
      fail(`properties.${spec.nameProperty}`, 'is empty');
      continue;
    }
    const area = checkAreaGeometry(feature.geometry);
    if (typeof area === 'string') {
      fail('geometry', area);
      continue;
    }
    if (seen.has(code)) {
      fail(`properties.${spec.codeProperty}`, `${code} appears twice`);
      continue;
    }
    seen.add(code);
    rows.push({
      line: feature.line,
      codeField: `${at}.properties.${spec.codeProperty}`,
      kind: spec.kind,
      code,
      year: spec.year,
      name: name.trim(),
      sourceId: spec.sourceId,
      geometry: area as unknown as Record<string, unknown>,
      area,
    });
  }
  return rows;
}
