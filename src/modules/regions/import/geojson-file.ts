// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads a GeoJSON FeatureCollection and remembers on which line each feature starts, so a bad
 * feature is reported as `file:line: features[i].properties.x: ...` like a bad CSV row.
 */
import type { AreaGeometry } from './geometry.ts';
import type { ImportIssue } from './import-issues.ts';

/** One feature with its index and the line it starts on. */
export type GeoFeature = {
  index: number;
  line: number;
  properties: Record<string, unknown>;
  geometry: unknown;
};

/**
 * Line numbers of the elements of the top-level "features" array, found with a small scanner
 * that skips strings and tracks nesting (JSON.parse does not report positions).
 */
function featureLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastString = '';
  let featuresDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
    } else if (ch === '"') {
      const start = i + 1;
      for (i = start; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') {
          i++;
        }
      }
      lastString = text.slice(start, i);
    } else if (ch === '{' || ch === '[') {
      if (ch === '{' && featuresDepth >= 0 && depth === featuresDepth) {
        lines.push(line);
      }
      if (ch === '[' && depth === 1 && lastString === 'features') {
        featuresDepth = depth + 1;
      }
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth < featuresDepth) {
        featuresDepth = -1;
      }
    }
  }
  return lines;
}

function positionToLine(text: string, message: string): number | undefined {
  const match = /position (\d+)/.exec(message);
  if (!match) {
    return undefined;
  }
  return text.slice(0, Number(match[1])).split('\n').length;
}

/** Parses a FeatureCollection; structural problems become issues and yield no features. */
export function readFeatureCollection(file: string, text: string, issues: ImportIssue[]): GeoFeature[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const line = positionToLine(text, (error as Error).message);
    issues.push({ file, ...(line ? { line } : {}), field: '(json)', message: (error as Error).message });
    return [];
  }
  const collection = parsed as { type?: unknown; features?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    issues.push({ file, line: 1, field: 'type', message: 'is not a GeoJSON FeatureCollection with features' });
    return [];
  }
  const lines = featureLines(text);
  return collection.features.map((feature: unknown, index: number) => {
    const f = (feature ?? {}) as { properties?: unknown; geometry?: unknown };
    const properties =
      typeof f.properties === 'object' && f.properties !== null ? (f.properties as Record<string, unknown>) : {};
    return { index, line: lines[index] ?? 1, properties, geometry: f.geometry };
  });
}

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number' &&
    Math.abs(value[0]) <= 180 &&
    Math.abs(value[1]) <= 90
  );
}

function isPolygon(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
  );
}

/** The geometry as a (Multi)Polygon in lon/lat, or a message saying what is wrong with it. */
export function checkAreaGeometry(geometry: unknown): AreaGeometry | string {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    return 'must be a Polygon or MultiPolygon';
  }
  const ok =
    g.type === 'Polygon'
      ? isPolygon(g.coordinates)
      : Array.isArray(g.coordinates) && g.coordinates.length > 0 && g.coordinates.every(isPolygon);
  return ok ? (g as AreaGeometry) : 'coordinates must be rings of at least 4 lon/lat positions (WGS84)';
}
