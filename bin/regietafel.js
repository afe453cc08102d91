#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Entry point of the `regietafel` command: runs the TypeScript CLI through tsx's loader,
// so a checkout works after `npm install` without a separate build step. `match` runs from its
// prebuilt bundle when `npm run build:cli` made one that is up to date: it has a time budget
// with start-up included (docs/benchmarks.md), and the loader alone costs about 0.7 s.
import { freshBundle } from './prebuilt.js';

const bundle = process.argv[2] === 'match' ? freshBundle('match') : undefined;
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
