// SPDX-License-Identifier: EUPL-1.2
/**
 * A coordinator enters (or corrects) a safety region and its member municipalities, with the
 * source that lists them. There is no shipped membership list, so nothing is assumed: each member
 * must be a current municipality of the region's province and not in another safety region.
 */
import type { Db } from '../../../db/client.ts';
import { inTransaction, type Actor } from '../../../db/transaction.ts';
import { AppError } from '../../../shared/errors.ts';
import { todayInNetherlands } from '../domain/period.ts';
import { currentDivision, membershipsOf, saveSafetyRegion, upsertSource } from './reception.repository.ts';
import type { SourceInput } from './reception.schema.ts';

export type SaveSafetyRegionOptions = {
  db: Db;
  actor: Actor;
  code: string;
  input: { name: string; provinceCode: string; members: string[]; source: SourceInput };
};

export async function saveSafetyRegionWithMembers({ db, actor, code, input }: SaveSafetyRegionOptions): Promise<void> {
  const members = [...new Set(input.members)].sort();
  const division = new Map((await currentDivision(db, Number(todayInNetherlands().slice(0, 4)))).map((m) => [m.code, m]));
  const wrong = members.filter((m) => division.get(m)?.provinceCode !== input.provinceCode);
  if (wrong.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Not current municipalities of ${input.provinceCode}: ${wrong.join(', ')}.`, { field: 'body.members' });
  }
  const taken = [...(await membershipsOf(db, members))].filter(([, region]) => region !== code);
  if (taken.length > 0) {
    throw new AppError('CONFLICT', `Already in another safety region: ${taken.map(([m, r]) => `${m} (${r})`).join(', ')}.`, { field: 'body.members' });
  }
  const sourceId = `safety-region-${code}`;
  await inTransaction(db, actor, async (tx) => {
    await upsertSource(tx, { id: sourceId, publisherTable: null, licence: null, ...input.source });
    await saveSafetyRegion(tx, { code, name: input.name, provinceCode: input.provinceCode, sourceId }, members);
  });
}
