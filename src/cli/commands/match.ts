// SPDX-License-Identifier: EUPL-1.2
/** `regietafel match --instance FILE --out FILE`: place households with the matching engine. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { MatchingResult, PackedInstance } from '../../modules/matching/engine/types.ts';
import { AppError } from '../../shared/errors.ts';

/**
 * The engine is imported when `match` runs, not when the command is registered: every module
 * loaded through the TypeScript loader costs start-up time, and other commands never need it.
 */
async function loadEngine() {
  const [json, validate, solve, present] = await Promise.all([
    import('../../modules/matching/engine/parse-json.ts'),
    import('../../modules/matching/engine/validate.ts'),
    import('../../modules/matching/engine/solve.ts'),
    import('../../modules/matching/engine/present.ts'),
  ]);
  return { ...json, ...validate, ...solve, ...present };
}

type Engine = Awaited<ReturnType<typeof loadEngine>>;

type MatchOptions = { instance: string; out: string };

const formats = `
Instance (--instance), scores in the order of municipalities, in [0, 1]; null = not allowed:
  {"municipalities":[{"code":"GM0344","capacity":120},{"code":"GM0307","capacity":60}],
   "households":[{"id":"H000001","size":3,"scores":[0.41,null]},
                 {"id":"H000002","size":1,"scores":[0.2,0.35],"fixed":"GM0307"}]}
  capacity and size are in persons; "fixed" pins a household to one municipality.

Result (--out):
  {"assignments":[{"household":"H000001","municipality":"GM0344"}],
   "unassigned":[{"household":"…","reason":"…"}],
   "objective":…, "bound":…, "prices":{"GM0344":…}, "solveMs":…}
  objective = sum of the scores of the assigned pairs; bound = an upper bound on the objective of
  any plan (Lagrangian, from the prices), so (bound − objective) / bound is the optimality gap.

Exit codes: 0 done (also when some households could not be placed: see "unassigned"),
2 the instance file is missing or invalid, 1 anything else.`;

/** Reads and validates an instance file; bad input becomes a VALIDATION_FAILED naming the file. */
function readInstanceFile(engine: Engine, file: string): PackedInstance {
  const { JsonSyntaxError, parseInstanceJson, validateInstance } = engine;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new AppError('VALIDATION_FAILED', `cannot read instance file ${file} (${reason})`, { field: 'instance' });
  }
  let raw: unknown;
  try {
    raw = parseInstanceJson(bytes);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      throw new AppError('VALIDATION_FAILED', `${file}: ${error.message}`, { field: 'instance' });
    }
    throw error;
  }
  const outcome = validateInstance(raw);
  if (!outcome.ok) {
    throw new AppError('VALIDATION_FAILED', `${file} is not a valid instance:\n  ${outcome.errors.join('\n  ')}`, { field: 'instance' });
  }
  return outcome.instance;
}

/** Solves an instance file and writes the result file; returns the result for the caller. */
export async function runMatch(options: MatchOptions): Promise<MatchingResult> {
  const engine = await loadEngine();
  const instance = readInstanceFile(engine, options.instance);
  const started = performance.now();
  const solved = engine.solvePlacement(instance);
  const solveMs = performance.now() - started;
  const result = engine.presentResult(instance, solved, solveMs);
  try {
    writeFileSync(options.out, `${JSON.stringify(result)}\n`);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unwritable';
    throw new AppError('INTERNAL', `cannot write result file ${options.out} (${reason})`, { cause: error });
  }
  return result;
}

/** Adds `match` to the program. */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description(
      'Place households of status holders in municipalities: every household in exactly one allowed ' +
        'municipality, capacities in persons respected, total score maximised; reports a bound on the optimum.',
    )
    .requiredOption('--instance <file>', 'instance JSON (municipalities with capacities, households with sizes and scores)')
    .requiredOption('--out <file>', 'file to write the result JSON to')
    .addHelpText('after', formats)
    .action(async (options: MatchOptions) => {
      const result = await runMatch(options);
      const gap = result.bound > 0 ? ((result.bound - result.objective) / result.bound) * 100 : 0;
      console.error(
        `regietafel match: placed ${result.assignments.length}, unassigned ${result.unassigned.length}, ` +
          `objective ${result.objective.toFixed(4)}, bound ${result.bound.toFixed(4)} (gap ${gap.toFixed(4)}%), ` +
          `${result.solveMs.toFixed(0)} ms`,
      );
    });
}
