// SPDX-License-Identifier: EUPL-1.2
// Finds the prebuilt bundle of a command (bin/build-cli.js), if it is there and not stale.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The file URL of dist/cli/<command>.mjs, or undefined when it is missing or any source it was
 * built from changed after it (then the caller runs the TypeScript sources instead).
 */
export function freshBundle(command, base = root) {
  const bundle = path.join(base, 'dist', 'cli', `${command}.mjs`);
  try {
    const builtAt = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(path.join(base, 'dist', 'cli', `${command}.inputs.json`), 'utf8'));
    for (const input of inputs) {
      if (statSync(path.join(base, input)).mtimeMs > builtAt) {
        return undefined;
      }
    }
    return pathToFileURL(bundle).href;
  } catch {
    return undefined;
  }
}
