// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../../db/client.ts';

/** STUB: loads the shipped regional data on first start. */
export async function ensureShippedData(_options: { database: Database; log: (line: string) => void }): Promise<void> {}
