#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Builds dist/cli/match.mjs: `regietafel match` as one plain JavaScript file (esbuild, packages
// left external), so bin/regietafel.js can run it without the TypeScript loader's start-up cost
// (about 0.7 s of the 3 s a national instance may take). Run by `npm run build:cli`, which
// `npm start` and `npm test` run first. The list of bundled sources goes next to it: the bundle
// is used only while none of them is newer (bin/prebuilt.js), so a stale bundle is never run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'cli');
mkdirSync(outDir, { recursive: true });
const result = buildSync({
  absWorkingDir: root,
  entryPoints: ['src/cli/match-main.ts'],
  outfile: path.join(outDir, 'match.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs).sort();
writeFileSync(path.join(outDir, 'match.inputs.json'), `${JSON.stringify(inputs, null, 1)}\n`);
console.error(`build-cli: dist/cli/match.mjs from ${inputs.length} sources`);
