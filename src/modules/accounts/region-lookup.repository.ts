// SPDX-License-Identifier: EUPL-1.2
/**
 * Reads the regions tables (loaded from the shipped CBS data) to place municipality scopes and
 * organisations in their province. Read-only; the regions module owns these tables.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { municipalities } from '../../db/schema/regions.ts';

export type MunicipalityRef = { code: string; name: string; provinceCode: string };

/** The known municipalities among `codes` (unknown codes are simply absent). */
export async function findMunicipalities(ex: Executor, codes: string[]): Promise<Map<string, MunicipalityRef>> {
  if (codes.length === 0) {
    return new Map();
  }
  const rows = await ex
    .select({ code: municipalities.code, name: municipalities.name, provinceCode: municipalities.provinceCode })
    .from(municipalities)
    .where(inArray(municipalities.code, codes));
  return new Map(rows.map((row) => [row.code, row]));
}
