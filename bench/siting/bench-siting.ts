// SPDX-License-Identifier: EUPL-1.2
/**
 * Siting benchmark (`npm run bench -- siting`, or run this file directly).
 *
 * The pipeline the issue sets: 10,000 candidate sites × 8 criteria, four of them distances to the
 * nearest of 100,000 facility points (25,000 per kind), ranked with both methods, plus the
 * 1,000-draw sensitivity; target ≤ 1 s in total. Sites, facilities and the other four criteria
 * are SYNTHETIC: drawn uniformly from mulberry32(seed) inside the Netherlands' box (lon 3.36-7.23,
 * lat 50.75-53.55); no real place or figure is used. In the same run it compares the spatial
 * index (kdbush, exact great-circle search) with geokdbush's own search and a brute-force scan
 * (all checked to give the same distances), and the pruned sensitivity with a naive re-ranking
 * per draw. Prints a markdown section for
 * docs/benchmarks.md; nothing here is hand-typed.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sizePreference } from '../../src/modules/siting/engine/curves.ts';
import { buildFacilityIndex, nearestFacility, nearestFacilityBruteForce, nearestFacilityGeokdbush, type LonLat } from '../../src/modules/siting/engine/nearest.ts';
import { mulberry32 } from '../../src/modules/siting/engine/prng.ts';
import { rank, rankPacked } from '../../src/modules/siting/engine/rank.ts';
import { sensitivity } from '../../src/modules/siting/engine/sensitivity.ts';
import type { Criterion, RankInput } from '../../src/modules/siting/engine/types.ts';
import { packInput } from '../../src/modules/siting/engine/validate.ts';

const seed = 20160308;
const sites = 10_000;
const facilitiesPerKind = 25_000;
const kinds = ['supermarket', 'primary_school', 'gp', 'station'] as const;
const draws = 1000;
const repeats = 5;
/** Brute force scans every point for every site: measured on this many sites, then scaled. */
const bruteSample = 500;
/** The naive sensitivity re-ranks everything per draw: measured on this many draws, then scaled. */
const naiveDraws = 20;
const box = { minLon: 3.36, maxLon: 7.23, minLat: 50.75, maxLat: 53.55 };

type Timing = { wallMs: number; cpuMs: number };

function timed<T>(work: () => T): { result: T } & Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The synthetic instance: sites, facility layers and the four non-distance criteria. */
function generate() {
  const random = mulberry32(seed);
  const point = (): LonLat => ({ lon: box.minLon + (box.maxLon - box.minLon) * random(), lat: box.minLat + (box.maxLat - box.minLat) * random() });
  const layers = kinds.map(() => Array.from({ length: facilitiesPerKind }, point));
  const candidates = Array.from({ length: sites }, (_, i) => ({
    id: `S${String(i).padStart(5, '0')}`,
    site: point(),
    capacity: 50 + Math.floor(random() * 2950),
    density: Math.floor(random() * 8000),
    costPerPlace: 8000 + Math.floor(random() * 50_000),
    support: 1 + Math.floor(random() * 5),
  }));
  return { layers, candidates };
}

const criteria: Criterion[] = [
  { id: 'size', weight: 15, direction: 'benefit' },
  { id: 'inhabited_area', weight: 15, direction: 'benefit' },
  ...kinds.map((kind): Criterion => ({ id: `${kind}_km`, weight: 5, direction: 'cost' })),
  { id: 'cost_per_place', weight: 10, direction: 'cost' },
  { id: 'public_support', weight: 10, direction: 'benefit' },
];

type Instance = ReturnType<typeof generate>;

/** The whole pipeline with the spatial index: returns the distances (for the check) and the top site. */
function pipeline({ layers, candidates }: Instance) {
  const indexes = layers.map((points) => buildFacilityIndex(points));
  const distances = indexes.map((index) => Float64Array.from(candidates, (c) => nearestFacility(index, c.site)?.km ?? Number.NaN));
  const input: RankInput = {
    criteria,
    candidates: candidates.map((c, i) => ({
      id: c.id,
      values: {
        size: sizePreference(c.capacity),
        inhabited_area: c.density,
        ...Object.fromEntries(kinds.map((kind, k) => [`${kind}_km`, distances[k]?.[i] as number])),
        cost_per_place: c.costPerPlace,
        public_support: c.support,
      },
    })),
  };
  const packed = packInput(input);
  const weightedSum = rankPacked(packed, 'weighted-sum');
  const topsis = rankPacked(packed, 'topsis');
  const counts = sensitivity(packed, { seed, draws });
  return { distances, input, top: [weightedSum[0]?.id, topsis[0]?.id], counts };
}

/** Runs the benchmark, prints the markdown section and returns it. */
export async function run(): Promise<{ markdown: string; targetMet: boolean }> {
  const instance = generate();
  const runs = Array.from({ length: repeats }, () => timed(() => pipeline(instance)));
  const last = runs[runs.length - 1]?.result as ReturnType<typeof pipeline>;

  // The parts of the indexed pipeline, timed separately on the same instance.
  const indexStep = timed(() => {
    const indexes = instance.layers.map((points) => buildFacilityIndex(points));
    return indexes.map((index) => instance.candidates.map((c) => nearestFacility(index, c.site)?.km ?? Number.NaN));
  });
  const geokdbushStep = timed(() => {
    const indexes = instance.layers.map((points) => buildFacilityIndex(points));
    return indexes.map((index) => instance.candidates.map((c) => nearestFacilityGeokdbush(index, c.site)?.km ?? Number.NaN));
  });
  const packed = packInput(last.input);
  const rankStep = timed(() => [rankPacked(packed, 'weighted-sum'), rankPacked(packed, 'topsis')]);
  const sensitivityStep = timed(() => sensitivity(packed, { seed, draws }));

  // Brute force on a sample of sites; every distance must equal the index's.
  const sample = instance.candidates.slice(0, bruteSample);
  const brute = timed(() => instance.layers.map((points) => sample.map((c) => nearestFacilityBruteForce(points, c.site)?.km ?? Number.NaN)));
  let maxDifference = 0;
  brute.result.forEach((row, k) => row.forEach((km, i) => (maxDifference = Math.max(maxDifference, Math.abs(km - (last.distances[k]?.[i] as number))))));
  geokdbushStep.result.forEach((row, k) => row.forEach((km, i) => (maxDifference = Math.max(maxDifference, Math.abs(km - (last.distances[k]?.[i] as number))))));
  const bruteFullMs = brute.cpuMs * (sites / bruteSample);

  // Naive sensitivity: renormalise and re-rank everything from scratch in each draw.
  const random = mulberry32(seed);
  const naive = timed(() => {
    for (let d = 0; d < naiveDraws; d++) {
      const weights = criteria.map((c) => ({ ...c, weight: c.weight * (0.8 + 0.4 * random()) }));
      rank({ criteria: weights, candidates: last.input.candidates }, 'weighted-sum');
      rank({ criteria: weights, candidates: last.input.candidates }, 'topsis');
    }
  });
  const naiveFullMs = naive.cpuMs * (draws / naiveDraws);

  const wall = median(runs.map((r) => r.wallMs));
  const cpu = median(runs.map((r) => r.cpuMs));
  // CPU time is the fair measure on a shared machine (wall time waits for other processes too).
  const targetMet = cpu <= 1000;
  const model = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '## Siting',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${model}, Node ${process.version}, load average ` +
      `${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end. Instance (bench/siting/bench-siting.ts, seed ${seed}): ` +
      `${fmt(sites)} synthetic sites × ${criteria.length} criteria, ${fmt(facilitiesPerKind * kinds.length)} synthetic facility points ` +
      `(${fmt(facilitiesPerKind)} per kind: ${kinds.join(', ')}), all uniform in the Netherlands' box; nothing real. ` +
      `Pipeline: build 4 k-d trees (kdbush 4.1.0), ${fmt(sites * kinds.length)} exact nearest-facility queries by great-circle distance ` +
      `(planar k-d tree search with a proven radius bound, haversine of geokdbush 2.1.0; engine/nearest.ts), weighted sum and TOPSIS with breakdown, and ${fmt(draws)} sensitivity draws for both methods. ` +
      `Figures are in-process medians of ${repeats} runs (wall) and process CPU time (user + system), which a busy machine inflates less.`,
    '',
    '| step | wall ms | CPU ms |',
    '|---|---:|---:|',
    `| whole pipeline (median of ${repeats}) | ${fmt(wall, 1)} | ${fmt(cpu, 1)} |`,
    `| of which (timed once, separately): index + nearest distances | ${fmt(indexStep.wallMs, 1)} | ${fmt(indexStep.cpuMs, 1)} |`,
    `| of which (once): both rankings with breakdown | ${fmt(rankStep.wallMs, 1)} | ${fmt(rankStep.cpuMs, 1)} |`,
    `| of which (once): ${fmt(draws)}-draw sensitivity (both methods) | ${fmt(sensitivityStep.wallMs, 1)} | ${fmt(sensitivityStep.cpuMs, 1)} |`,
    '',
    '| comparison | indexed | brute force / naive | ratio |',
    '|---|---:|---:|---:|',
    `| nearest distances, ${fmt(sites)} sites × 4 layers (CPU ms) | ${fmt(indexStep.cpuMs, 1)} | ${fmt(bruteFullMs, 0)} (scan of all ${fmt(facilitiesPerKind)} points per site; measured on ${fmt(bruteSample)} sites: ${fmt(brute.cpuMs, 0)} ms, × ${fmt(sites / bruteSample)}) | ${fmt(bruteFullMs / indexStep.cpuMs, 0)}× |`,
    `| the same with geokdbush's priority-queue search (CPU ms) | ${fmt(indexStep.cpuMs, 1)} | ${fmt(geokdbushStep.cpuMs, 1)} (geokdbush \`around(index, lon, lat, 1)\`) | ${fmt(geokdbushStep.cpuMs / indexStep.cpuMs, 1)}× |`,
    `| sensitivity, ${fmt(draws)} draws × 2 methods (CPU ms) | ${fmt(sensitivityStep.cpuMs, 1)} | ${fmt(naiveFullMs, 0)} (full re-rank per draw; measured on ${naiveDraws} draws: ${fmt(naive.cpuMs, 0)} ms, × ${fmt(draws / naiveDraws)}) | ${fmt(naiveFullMs / sensitivityStep.cpuMs, 0)}× |`,
    '',
    `Sensitivity: ${fmt(sensitivityStep.result.scored['weighted-sum'])} (weighted sum) and ${fmt(sensitivityStep.result.scored.topsis)} (TOPSIS) ` +
      `of the ${fmt(sites)} candidates could still reach the top three under ±20 % weights and were scored in each draw; the others ` +
      'provably count 0 (engine/sensitivity.ts; a property test checks the counts against a full re-ranking per draw). ' +
      `Check: on the ${fmt(bruteSample)} sampled sites the index and the brute-force scan, and on all sites the index and geokdbush, give the same nearest distance ` +
      `(largest difference ${maxDifference.toExponential(1)} km). Target "≤ 1 s in total": ${targetMet ? 'met' : '**not met**'} in CPU time ` +
      `(median ${fmt(cpu, 0)} ms); wall time ${fmt(wall, 0)} ms ${wall <= 1000 ? 'also within 1 s' : `**over 1 s** with load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs`}.`,
    '',
  ];
  const markdown = lines.join('\n');
  console.log(markdown);
  return { markdown, targetMet };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await run();
}
