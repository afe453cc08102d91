#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Entry point of the `regietafel` command: runs the TypeScript CLI through tsx's loader,
// so a checkout works after `npm install` without a separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/index.ts');
