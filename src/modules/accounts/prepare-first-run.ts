// SPDX-License-Identifier: EUPL-1.2
/**
 * At server start, while no active province coordinator exists: creates a random setup token
 * (stored hashed, valid 24 hours) and prints the first-run URL. There is no default password;
 * whoever can read the server's output can create the first coordinator. Each start replaces
 * the previous unused token.
 */
import type { Database } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { isSetupNeeded } from './get-setup-status.ts';
import { deleteUnusedSetupTokens, insertSetupToken } from './one-time-token.repository.ts';
import { hashToken, randomToken } from './secrets.ts';

export type PrepareFirstRunOptions = {
  database: Database;
  log: (line: string) => void;
  /** Where the server listens, e.g. http://127.0.0.1:3000; without it the URL is a path. */
  baseUrl?: string;
};

export type FirstRun = { needed: false } | { needed: true; url: string; expiresAt: Date };

export const setupTokenHours = 24;

/** Call at server start, after listening, with the URL it listens on. */
export async function prepareFirstRun(options: PrepareFirstRunOptions): Promise<FirstRun> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + setupTokenHours * 3_600_000);
  const needed = await inTransaction(options.database.db, 'system:first-run', async (tx) => {
    if (!(await isSetupNeeded({ ex: tx }))) {
      return false;
    }
    await deleteUnusedSetupTokens(tx);
    await insertSetupToken(tx, { tokenHash: hashToken(token), expiresAt });
    return true;
  });
  if (!needed) {
    return { needed: false };
  }
  const url = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/eerste-gebruik#token=${token}`;
  options.log(
    `Eerste gebruik / first run: open ${url} to create the first province coordinator ` +
      `(valid until ${expiresAt.toISOString()}; or use \`regietafel user add\`).`,
  );
  return { needed: true, url, expiresAt };
}
