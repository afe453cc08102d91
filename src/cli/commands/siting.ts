// SPDX-License-Identifier: EUPL-1.2
/**
 * `regietafel siting rank --input FILE --method weighted-sum|topsis`: the ranking of a weighing,
 * checkable outside the product. Reads {"criteria":[…],"candidates":[…]} and prints
 * {"ranking":[{"id","score","rank"}]} on stdout. Bad input is refused with the file and the place
 * of every problem (exit code 2); nothing is guessed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { openDatabase } from '../../db/client.ts';
import { presentRanking, rank } from '../../modules/siting/engine/rank.ts';
import { methods, type Method, type RankedCandidate } from '../../modules/siting/engine/types.ts';
import { validateRankInput } from '../../modules/siting/engine/validate.ts';
import { importFacilityLayer, importShippedSupermarkets } from '../../modules/siting/import-facility-layer.ts';
import { parseFacilityFile } from '../../modules/siting/parse-facility-file.ts';
import { layerImportQuerySchema } from '../../modules/siting/siting.schema.ts';
import { AppError } from '../../shared/errors.ts';

type RankOptions = { input: string; method: Method };

const formats = `
Input (--input):
  {"criteria":[{"id":"cost","weight":0.3,"direction":"cost"},
               {"id":"support","weight":0.7,"direction":"benefit"}],
   "candidates":[{"id":"A","values":{"cost":27100,"support":3}},
                 {"id":"B","values":{"cost":53400,"support":4}}]}
  direction "benefit" (more is better) or "cost" (less is better); weights are 0 or more, not all
  0, and are normalised to sum 1. Every candidate needs a finite number for every criterion.

Output (stdout): {"ranking":[{"id":"A","score":0.7,"rank":1},…]}
  ordered by score, highest first; equal scores by id; ranks 1..n, never shared.
  weighted-sum: min-max normalisation per criterion over the candidates (a criterion whose values
  are all equal contributes 0). topsis: vector normalisation and the closeness coefficient (a
  criterion whose values are all 0 contributes 0; a candidate at distance 0 from both the ideal
  and the anti-ideal, as when all candidates are equal, scores 0). Scores are rounded to 12
  decimals. docs/siting.md explains both methods.

Exit codes: 0 ranked; 2 the input file is missing, not JSON, or invalid (every problem listed).`;

function lineAndColumn(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) {
    return '';
  }
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Reads, validates and ranks an input file; throws VALIDATION_FAILED naming the file. */
export function runSitingRank(options: RankOptions): { ranking: RankedCandidate[] } {
  let text: string;
  try {
    text = readFileSync(options.input, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new AppError('VALIDATION_FAILED', `cannot read input file ${options.input} (${reason})`, { field: 'input' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    throw new AppError('VALIDATION_FAILED', `${options.input}: invalid JSON${lineAndColumn(text, message)} (${message})`, {
      field: 'input',
    });
  }
  const outcome = validateRankInput(raw);
  if (!outcome.ok) {
    throw new AppError('VALIDATION_FAILED', `${options.input} is not a valid weighing:\n  ${outcome.errors.join('\n  ')}`, {
      field: 'input',
    });
  }
  return presentRanking(rank(outcome.input, options.method));
}

type ImportFacilitiesOptions = {
  file?: string;
  shipped?: boolean;
  dryRun?: boolean;
  kind?: string;
  name?: string;
  coverage?: string;
  publisher?: string;
  title?: string;
  url?: string;
  licence?: string;
  referenceDate?: string;
};

/** Imports a facility layer file (or the shipped supermarkets); a bad file is refused whole. */
export async function runImportFacilities(options: ImportFacilitiesOptions): Promise<string> {
  if (options.shipped && options.file) {
    throw new AppError('VALIDATION_FAILED', 'give --file or --shipped, not both', { field: 'file' });
  }
  let load: (db: Parameters<typeof importFacilityLayer>[0]['db']) => Promise<string>;
  if (options.shipped) {
    load = async (db) => {
      const { layer, created } = await importShippedSupermarkets({ db, actor: 'cli:siting' });
      return `${created ? 'Imported' : 'Already imported:'} ${layer.name}: ${layer.featureCount} points (layer ${layer.id}).`;
    };
  } else {
    if (!options.file) {
      throw new AppError('VALIDATION_FAILED', 'give --file FILE (GeoJSON or CSV) or --shipped', { field: 'file' });
    }
    const parsed = layerImportQuerySchema.safeParse({ ...options, fileName: path.basename(options.file) });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError('VALIDATION_FAILED', `--${String(issue?.path[0] ?? 'option').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message}`, { field: String(issue?.path[0]) });
    }
    let text: string;
    try {
      text = readFileSync(options.file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
      throw new AppError('VALIDATION_FAILED', `cannot read ${options.file} (${reason})`, { field: 'file' });
    }
    const format = /\.csv$/i.test(options.file) ? 'csv' : 'geojson';
    const fileName = path.basename(options.file);
    // Parse before opening the database: a bad file never holds the lock.
    const points = parseFacilityFile(fileName, text, format);
    if (options.dryRun) {
      return `Dry run (nothing was written): ${fileName} holds ${points.length} valid points.`;
    }
    const q = parsed.data;
    load = async (db) => {
      const layer = await importFacilityLayer({
        db,
        actor: 'cli:siting',
        fileName,
        text,
        format,
        metadata: {
          kind: q.kind,
          name: q.name,
          coverage: q.coverage === 'netherlands' ? null : q.coverage.split(','),
          publisher: q.publisher,
          title: q.title,
          url: q.url,
          licence: q.licence,
          referenceDate: q.referenceDate,
        },
      });
      return `Imported ${layer.name}: ${layer.featureCount} points (layer ${layer.id}).`;
    };
  }
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, purpose: 'import (regietafel siting import-facilities)' });
  try {
    return await load(database.db);
  } finally {
    await database.close();
  }
}

/** Adds `siting rank` and `siting import-facilities` to the program. */
export function registerSitingCommand(program: Command): void {
  const siting = program.command('siting').description('Siting of reception locations: the open multi-criteria weighing.');
  siting
    .command('rank')
    .description('Rank candidate locations by weighted criteria (weighted sum or TOPSIS) and print the ranking as JSON.')
    .requiredOption('--input <file>', 'weighing JSON: criteria with weight and direction, candidates with values')
    .addOption(new Option('--method <method>', 'ranking method').choices([...methods]).makeOptionMandatory())
    .addHelpText('after', formats)
    .action((options: RankOptions) => {
      process.stdout.write(`${JSON.stringify(runSitingRank(options))}\n`);
    });
  siting
    .command('import-facilities')
    .description('Import a facility layer (GeoJSON Points, or CSV with longitude/latitude) with its source and coverage, or the shipped OSM supermarkets of Utrecht.')
    .option('--file <file>', 'GeoJSON (.geojson/.json) or CSV (.csv) file, WGS84 degrees')
    .option('--shipped', 'import data/facilities/utrecht_stad_supermarkten_osm.geojson with its provenance')
    .option('--kind <kind>', 'supermarket, primary_school, gp, station, work, education or other')
    .option('--name <name>', 'name of the layer')
    .option('--coverage <coverage>', '"netherlands" or the municipality codes the layer is complete for, e.g. GM0344,GM0307')
    .option('--publisher <publisher>', 'who published the data')
    .option('--title <title>', 'title of the source')
    .option('--url <url>', 'where the source can be found')
    .option('--licence <licence>', 'licence of the source')
    .option('--reference-date <date>', 'date the data refers to (YYYY-MM-DD)')
    .option('--dry-run', 'validate the file and report; write nothing')
    .action(async (options: ImportFacilitiesOptions) => {
      console.log(await runImportFacilities(options));
    });
}
