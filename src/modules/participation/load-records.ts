// SPDX-License-Identifier: EUPL-1.2
/** Loads a reaction or a location the caller may act on, or answers 404 (outside the scope looks like missing). */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { authorizeOrHide } from '../../shared/policy.ts';
import type { Principal } from '../../shared/principal.ts';
import { findPageLocation, type PageLocationRecord } from './page.repository.ts';
import type { PageRef } from './participation.policy.ts';
import { findReaction, type ReactionRecord } from './reaction.repository.ts';

type Check = (principal: Principal, location: PageRef) => boolean;
type LoadOptions = { db: Executor; principal: Principal; id: string; allowed: Check };

export const refOfReaction = (record: ReactionRecord): PageRef => ({
  id: record.location_id,
  municipalityCode: record.municipality_code,
  provinceCode: record.province_code,
});

export async function loadReaction({ db, principal, id, allowed }: LoadOptions): Promise<ReactionRecord> {
  const record = await findReaction(db, id);
  if (!record) {
    throw new AppError('NOT_FOUND', `There is no reaction ${id}.`, { field: 'params.id' });
  }
  authorizeOrHide(principal, allowed(principal, refOfReaction(record)));
  return record;
}

export async function loadPageLocation({ db, principal, id, allowed }: LoadOptions): Promise<PageLocationRecord> {
  const record = await findPageLocation(db, id);
  if (!record) {
    throw new AppError('NOT_FOUND', `There is no location ${id}.`, { field: 'params.id' });
  }
  authorizeOrHide(principal, allowed(principal, { id: record.id, municipalityCode: record.municipality_code, provinceCode: record.province_code }));
  return record;
}
