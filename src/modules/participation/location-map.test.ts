// SPDX-License-Identifier: EUPL-1.2
/**
 * The public page's map: projection and its inverse (the browser script's), the outline of a
 * Polygon or MultiPolygon, escaping of the texts, and the size of the SVG for every municipality
 * boundary shipped in data/boundaries (CBS 2023, see data/PROVENANCE.md) and for a synthetic
 * outline with very many points.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../config/env.ts';
import { formatCoordinate, readProjection, unproject } from './location-map.client.ts';
import { buildMapBase, makeProjection, outlineRings, project, renderLocationMap } from './location-map.ts';

const texts = { title: 'Kaart van Utrecht', description: 'De rode stip is de opvanglocatie.', locationLabel: 'Opvanglocatie' };
const square = (west: number, south: number, size: number) => [
  [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]],
];

/** The data- attributes of the rendered SVG, as the browser's dataset would give them. */
function datasetOf(svg: string): Record<string, string> {
  return Object.fromEntries([...svg.matchAll(/data-(west|north|kx|ky)="([^"]*)"/g)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

describe('projection', () => {
  const projection = makeProjection({ west: 5.0, south: 52.0, east: 5.2, north: 52.15 });

  it('keeps distances true to scale: a degree of longitude is cos(latitude) of a degree of latitude', () => {
    const ratio = projection.kx / projection.ky;
    expect(ratio).toBeCloseTo(Math.cos((52.075 * Math.PI) / 180), 10);
    expect(Math.max(projection.width, projection.height)).toBe(320);
  });

  it('puts the box inside the viewBox, north up', () => {
    const northWest = project(projection, { longitude: 5.0, latitude: 52.15 });
    const southEast = project(projection, { longitude: 5.2, latitude: 52.0 });
    expect(northWest.x).toBeGreaterThan(0);
    expect(northWest.y).toBeGreaterThan(0);
    expect(southEast.x).toBeLessThan(projection.width);
    expect(southEast.y).toBeLessThan(projection.height);
    expect(southEast.y).toBeGreaterThan(northWest.y);
  });

  it('comes back to the same place through the browser script inverse (round trip)', () => {
    for (let i = 0; i <= 10; i += 1) {
      for (let j = 0; j <= 10; j += 1) {
        const spot = { longitude: 5.0 + i * 0.02, latitude: 52.0 + j * 0.015 };
        const { x, y } = project(projection, spot);
        const back = unproject(projection, x, y);
        expect(back.longitude).toBeCloseTo(spot.longitude, 10);
        expect(back.latitude).toBeCloseTo(spot.latitude, 10);
      }
    }
  });

  it('round trips through the rounded data- attributes of the SVG to within a metre', () => {
    const base = buildMapBase({ type: 'Polygon', coordinates: square(5.0, 52.0, 0.2) }, { longitude: 5.1214, latitude: 52.0907 });
    const parsed = readProjection(datasetOf(renderLocationMap(base, [], texts).value));
    expect(parsed).toBeDefined();
    const { x, y } = project(base.projection, { longitude: 5.1214, latitude: 52.0907 });
    const back = unproject(parsed!, x, y);
    expect(Math.abs(back.longitude - 5.1214)).toBeLessThan(1e-5);
    expect(Math.abs(back.latitude - 52.0907)).toBeLessThan(1e-5);
    expect(formatCoordinate(back.latitude, ',')).toBe('52,09070');
  });

  it('rejects missing or non-numeric attributes', () => {
    expect(readProjection({ west: '5', north: '52', kx: 'x', ky: '1' })).toBeUndefined();
    expect(readProjection({ west: '5', north: '52', kx: '0', ky: '1' })).toBeUndefined();
    expect(readProjection({ north: '52', kx: '1', ky: '1' })).toBeUndefined();
  });
});

describe('outline', () => {
  it('reads a Polygon and every polygon of a MultiPolygon, and ignores anything else', () => {
    expect(outlineRings({ type: 'Polygon', coordinates: square(5, 52, 0.1) })).toHaveLength(1);
    const multi = { type: 'MultiPolygon', coordinates: [square(5, 52, 0.1), square(5.2, 52, 0.05)] };
    expect(outlineRings(multi)).toHaveLength(2);
    expect(outlineRings({ type: 'Point', coordinates: [5, 52] })).toEqual([]);
    expect(outlineRings({ type: 'Polygon', coordinates: [[[5, 'x'], [1, 2], [3, 4]]] })).toEqual([]);
    expect(outlineRings(null)).toEqual([]);
  });

  it('draws a municipality of two islands as one path with two rings, holes by even-odd', () => {
    const multi = { type: 'MultiPolygon', coordinates: [square(5, 52, 0.1), square(5.2, 52, 0.05)] };
    const svg = renderLocationMap(buildMapBase(multi, { longitude: 5.05, latitude: 52.05 }), [], texts).value;
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
    expect(svg).toContain('fill-rule="evenodd"');
  });

  it('without an outline still draws the location in a box around it', () => {
    const base = buildMapBase(undefined, { longitude: 5.1214, latitude: 52.0907 });
    expect(base.outline).toBe('');
    expect(base.location.x).toBeCloseTo(base.projection.width / 2, 0);
    expect(base.location.y).toBeCloseTo(base.projection.height / 2, 0);
    expect(renderLocationMap(base, [], texts).value).not.toContain('<path');
  });
});

describe('the SVG', () => {
  const base = buildMapBase({ type: 'Polygon', coordinates: square(5.0, 52.0, 0.2) }, { longitude: 5.1214, latitude: 52.0907 });

  it('is an image with a title and a description', () => {
    const svg = renderLocationMap(base, [], texts).value;
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="kaart-titel" aria-describedby="kaart-uitleg"/);
    expect(svg).toContain('<title id="kaart-titel">Kaart van Utrecht</title>');
    expect(svg).toContain('<desc id="kaart-uitleg">De rode stip is de opvanglocatie.</desc>');
    expect(svg).toContain('>Opvanglocatie</text>');
  });

  it('escapes every text (a location name is typed by officials)', () => {
    const svg = renderLocationMap(base, [], {
      title: 'Kaart van <script>alert(1)</script> & "Zuid"',
      description: "</desc><a href='x'>",
      locationLabel: '<b>',
    }).value;
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</desc><a');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zuid&quot;');
    expect(svg).toContain('&lt;/desc&gt;&lt;a href=&#39;x&#39;&gt;');
    expect(svg).toContain('&lt;b&gt;</text>');
  });

  it('draws the spots of reactions inside the map and leaves out those outside it', () => {
    const svg = renderLocationMap(base, [{ longitude: 5.1, latitude: 52.1 }, { longitude: 6.5, latitude: 53.2 }], texts).value;
    expect(svg.match(/<circle [^>]*r="3"/g)).toHaveLength(1);
  });

  it('stays small for every municipality boundary shipped (CBS 2023): under 8 KB each', () => {
    const file = path.join(projectRoot, 'data', 'boundaries', 'nl_gemeenten_2023_cbs_kwb.geojson');
    const features = (JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { geometry: { type: string; coordinates: number[][][] } }[] }).features;
    expect(features.length).toBeGreaterThan(300);
    let largest = 0;
    for (const { geometry } of features) {
      const first = outlineRings(geometry)[0]?.[0] ?? [5, 52];
      const svg = renderLocationMap(buildMapBase(geometry, { longitude: first[0], latitude: first[1] }), [], texts).value;
      expect(svg).toContain('<path d="M');
      largest = Math.max(largest, svg.length);
    }
    expect(largest).toBeLessThan(8 * 1024);
  });

  it('stays small for a synthetic outline of 50,000 points (a boundary imported at full detail)', () => {
    const ring = Array.from({ length: 50_000 }, (_, i) => {
      const angle = (i / 50_000) * 2 * Math.PI;
      return [5.1 + 0.1 * Math.cos(angle) * (1 + 0.02 * Math.sin(angle * 400)), 52.1 + 0.06 * Math.sin(angle)];
    });
    const svg = renderLocationMap(buildMapBase({ type: 'MultiPolygon', coordinates: [[ring]] }, { longitude: 5.1, latitude: 52.1 }), [], texts).value;
    expect(svg.length).toBeLessThan(12 * 1024);
  });
});
