// SPDX-License-Identifier: EUPL-1.2
/** Publishes a municipality's experience in the practice library. */
import type { Db } from '../../db/client.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { actorOf, type Authenticated } from '../../shared/principal.ts';
import { findMunicipalityScope } from '../households/household.repository.ts';
import { practicePolicy } from './practice.policy.ts';
import { findPractice, insertPractice, type PracticeRow } from './practice.repository.ts';
import type { CreatePracticeInput } from './practice.schema.ts';

export type PublishPracticeOptions = { db: Db; principal: Authenticated; input: CreatePracticeInput };

export async function publishPractice({ db, principal, input }: PublishPracticeOptions): Promise<PracticeRow> {
  const municipality = await findMunicipalityScope(db, input.municipalityCode);
  if (!municipality) {
    throw new AppError('VALIDATION_FAILED', `${input.municipalityCode} is not a municipality.`, { field: 'body.municipalityCode' });
  }
  if (!practicePolicy.canPublish(principal, municipality)) {
    throw new AppError('FORBIDDEN', 'You may publish only for your own municipality.', { field: 'body.municipalityCode' });
  }
  const actor = actorOf(principal);
  try {
    const id = await inTransaction(db, actor, (tx) => insertPractice(tx, { ...input, publishedBy: actor }));
    return (await findPractice(db, id)) as PracticeRow;
  } catch (error) {
    // The only foreign key the input can break is the location.
    if ((error as { cause?: { code?: string } }).cause?.code === '23503') {
      throw new AppError('VALIDATION_FAILED', 'There is no such location.', { field: 'body.locationId' });
    }
    throw error;
  }
}
