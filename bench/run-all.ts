// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench`: runs every benchmark (bench/<module>/bench-*.ts exporting `run()`), each of
 * which measures its own baseline in the same run and prints a markdown section for
 * docs/benchmarks.md. Pass module names to run only those: `npm run bench -- matching`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const benchDir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);

const entries = fs
  .readdirSync(benchDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'out' && (only.length === 0 || only.includes(entry.name)))
  .flatMap((dir) =>
    fs
      .readdirSync(path.join(benchDir, dir.name))
      .filter((file) => /^bench-.*\.ts$/.test(file))
      .map((file) => path.join(benchDir, dir.name, file)),
  )
  .sort();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`# Benchmarks — ${new Date().toISOString()} — ${os.cpus().length} × ${cpu}, Node ${process.version}\n`);
let failed = 0;
for (const file of entries) {
  const module = (await import(pathToFileURL(file).href)) as { run?: () => Promise<unknown> };
  if (typeof module.run !== 'function') {
    continue;
  }
  console.log(`\n<!-- ${path.relative(process.cwd(), file)} -->`);
  try {
    await module.run();
  } catch (error) {
    failed++;
    console.error(`bench ${file} failed:`, error);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
