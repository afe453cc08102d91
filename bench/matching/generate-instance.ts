// SPDX-License-Identifier: EUPL-1.2
/**
 * Seeded generator of matching instances for tests and benchmarks.
 *
 * Real: the municipalities, their CBS codes and populations (CBS Kerncijfers wijken en buurten
 * 2024), and the municipality features used to structure the scores (density, rental share,
 * share of residents with a non-European background, share of children, WOZ value).
 * SYNTHETIC: everything about households. Sizes follow a made-up distribution loosely shaped like
 * status-holder households (many singles, some large families): 1: 45%, 2: 14%, 3: 12%,
 * 4: 12%, 5: 9%, 6: 5%, 7: 3%. Scores are synthetic but structured: a latent household profile
 * (5 normal features) times standardised municipality features, plus a municipality baseline and
 * noise, squashed to [0, 1] and rounded to 4 decimals; about 2% of pairs are null (not allowed)
 * and about 0.5% of households are fixed to one allowed municipality. Capacities are proportional
 * to population (largest remainder) with 5% slack over the total number of persons.
 */
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { MatchingInstance } from '../../src/modules/matching/engine/types.ts';

/** Size, region and seed of a generated instance. */
export type GenerateOptions = {
  households: number;
  /** Only municipalities with this provinciecode (e.g. `PV26`); all when omitted. */
  province?: string;
  seed: number;
  /** Capacity over total persons; 0.05 = 5% more places than persons. */
  slack?: number;
  nullShare?: number;
  fixedShare?: number;
};

type CbsRow = Record<string, string>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const csvName = 'data/population/gemeenten_2024_cbs_kwb_statline.csv';
const sizeTable: [number, number][] = [[1, 0.45], [2, 0.14], [3, 0.12], [4, 0.12], [5, 0.09], [6, 0.05], [7, 0.03]];
const featureColumns = ['bevolkingsdichtheid_per_km2', 'pct_huurwoningen', 'herkomst_buiten_europa', 'leeftijd_0_15', 'gem_woz_waarde_x1000_eur'];

/** mulberry32: a small seeded PRNG, good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Reads the CBS municipality table from data/ in the repo, or from the shared data folder. */
export function readCbsMunicipalities(province?: string): CbsRow[] {
  const candidates = [path.join(repoRoot, csvName), path.join(repoRoot, '../shared', csvName)];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) {
    throw new Error(`CBS population file not found; looked in ${candidates.join(' and ')}`);
  }
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as CbsRow[];
  const selected = rows.filter((row) => province === undefined || row.provinciecode === province);
  return selected.sort((a, b) => (a.gemeentecode ?? '').localeCompare(b.gemeentecode ?? ''));
}

/** Standardised features per municipality (missing values become the mean, i.e. 0). */
function municipalityFeatures(rows: CbsRow[]): number[][] {
  const raw = rows.map((row) => {
    const inhabitants = Number(row.aantal_inwoners);
    return featureColumns.map((column, k) => {
      const value = Number(row[column] ?? '');
      if (row[column] === '' || !Number.isFinite(value)) {
        return Number.NaN;
      }
      if (k === 0) {
        return Math.log(value + 1);
      }
      return k === 2 || k === 3 ? value / inhabitants : value;
    });
  });
  return featureColumns.map((_, k) => {
    const values = raw.map((r) => r[k] ?? Number.NaN).filter((v) => Number.isFinite(v));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length) || 1;
    return raw.map((r) => (Number.isFinite(r[k] ?? Number.NaN) ? ((r[k] as number) - mean) / sd : 0));
  }).reduce<number[][]>((acc, column, k) => {
    column.forEach((value, d) => {
      (acc[d] ??= [])[k] = value;
    });
    return acc;
  }, []);
}

/** Largest-remainder apportionment of `total` over `weights`. */
export function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const quotas = weights.map((w) => (w / sum) * total);
  const seats = quotas.map((q) => Math.floor(q));
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - seats.reduce((s, v) => s + v, 0);
  for (const [, i] of order) {
    if (left <= 0) {
      break;
    }
    seats[i] = (seats[i] ?? 0) + 1;
    left -= 1;
  }
  return seats;
}

function drawSize(random: () => number): number {
  let u = random();
  for (const [size, share] of sizeTable) {
    u -= share;
    if (u < 0) {
      return size;
    }
  }
  return 1;
}

/** Generates one seeded instance; the same options always give the same instance. */
export function generateInstance(options: GenerateOptions): MatchingInstance {
  const { households: n, province, seed, slack = 0.05, nullShare = 0.02, fixedShare = 0.005 } = options;
  const random = mulberry32(seed);
  const rows = readCbsMunicipalities(province);
  const features = municipalityFeatures(rows);
  const baseline = rows.map(() => 0.35 * gaussian(random));
  const sizes = Array.from({ length: n }, () => drawSize(random));
  const persons = sizes.reduce((s, v) => s + v, 0);
  const capacities = largestRemainder(Math.round(persons * (1 + slack)), rows.map((row) => Number(row.aantal_inwoners)));
  const households = sizes.map((size, h) => {
    const profile = featureColumns.map(() => gaussian(random));
    const family = size >= 3 ? 0.6 : -0.3;
    const scores = rows.map((_, d) => {
      if (random() < nullShare) {
        return null;
      }
      const f = features[d] ?? [];
      const fit = profile.reduce((s, p, k) => s + p * (f[k] ?? 0), 0) / Math.sqrt(profile.length);
      const z = 0.2 + 0.7 * fit + (baseline[d] ?? 0) + family * (f[3] ?? 0) * 0.3 + 0.6 * gaussian(random);
      return Math.round(10000 / (1 + Math.exp(-z))) / 10000;
    });
    const id = `H${String(h + 1).padStart(6, '0')}`;
    if (random() >= fixedShare) {
      return { id, size, scores };
    }
    const allowed = scores.flatMap((s, d) => (s !== null && (capacities[d] ?? 0) >= size ? [d] : []));
    const pick = allowed[Math.floor(random() * allowed.length)];
    return pick === undefined ? { id, size, scores } : { id, size, scores, fixed: rows[pick]?.gemeentecode ?? '' };
  });
  const municipalities = rows.map((row, d) => ({ code: row.gemeentecode ?? '', capacity: capacities[d] ?? 0 }));
  return { municipalities, households };
}

/** Writes an instance as JSON, one household per line (compact but diffable). */
export function writeInstance(file: string, instance: MatchingInstance): void {
  const lines = instance.households.map((h) => JSON.stringify(h));
  const text = `{"municipalities":${JSON.stringify(instance.municipalities)},\n"households":[\n${lines.join(',\n')}\n]}\n`;
  writeFileSync(file, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [households = '2000', province = 'PV26', out = 'bench/out/instance.json', seed = '1'] = process.argv.slice(2);
  const instance = generateInstance({ households: Number(households), province: province === 'all' ? undefined : province, seed: Number(seed) });
  writeInstance(out, instance);
  console.log(`wrote ${out}: ${instance.households.length} households × ${instance.municipalities.length} municipalities`);
}
