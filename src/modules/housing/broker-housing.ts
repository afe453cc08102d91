// SPDX-License-Identifier: EUPL-1.2
/**
 * Use cases: the brokering view of a province for one period (positions and proposed pairs,
 * neighbours first), and recording an agreement. An agreement is stored as an agreed transfer of
 * the taakstelling module (record-transfer.ts), so it counts in both municipalities' balances
 * and, through them, in the forecast; one exceeding the housing municipality's surplus is
 * refused with the reason.
 */
import type { Db, Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from '../../db/transaction.ts';
import { recordTransfer } from '../taakstelling/record-transfer.ts';
import type { MunicipalityScope } from '../taakstelling/taakstelling.policy.ts';
import type { TransferRecord } from '../taakstelling/transfer.repository.ts';
import { checkAgreement, positionsOf, proposePairs, type Pair, type Position } from './domain/brokering.ts';
import { loadNeighbours } from './boundary.repository.ts';
import type { AgreementInput } from './brokering.schema.ts';
import { getForecast } from './get-forecast.ts';
import type { HousingRef } from './housing.policy.ts';

export type GetBrokeringOptions = { db: Executor; province: string; period: string; asOf: string; canRead: (ref: HousingRef) => boolean };

export const brokeringHow =
  'surplus = projected − corrected task, deficit = corrected task − projected (see the forecast); the largest deficit is paired first, with neighbouring municipalities (shared border in the CBS boundaries) before others.';

export async function getBrokering({ db, province, period, asOf, canRead }: GetBrokeringOptions): Promise<{ period: string; asOf: string; positions: Position[]; pairs: Pair[]; how: string }> {
  const forecast = await getForecast({ db, query: { province, from: period, periods: 1, asOf }, today: asOf, canRead });
  const positions = positionsOf(forecast.rows.map((row) => ({ code: row.code, name: row.name, gap: row.cells[0]?.gap ?? null })));
  const pairs = proposePairs(positions, await loadNeighbours(db));
  return { period, asOf, positions, pairs, how: brokeringHow };
}

export type RecordAgreementOptions = {
  db: Db;
  actor: Actor;
  input: AgreementInput;
  today: string;
  provinceOf: (code: string) => Promise<string | null>;
  canRecord: (from: MunicipalityScope, to: MunicipalityScope) => boolean;
};

export async function recordAgreement({ db, actor, input, today, provinceOf, canRecord }: RecordAgreementOptions): Promise<{ transfer: TransferRecord; surplusBefore: number }> {
  if (input.houses === input.for) {
    throw new AppError('VALIDATION_FAILED', 'An agreement needs two different municipalities: one houses persons for the other.', { field: 'body.for' });
  }
  const province = await provinceOf(input.houses);
  if (!province) {
    throw new AppError('VALIDATION_FAILED', `There is no municipality ${input.houses}.`, { field: 'body.houses' });
  }
  const asOf = input.asOf ?? today;
  const forecast = await getForecast({ db, query: { province, municipality: input.houses, from: input.period, periods: 1, asOf }, today: asOf, canRead: () => true });
  const [to] = positionsOf(forecast.rows.map((row) => ({ code: row.code, name: row.name, gap: row.cells[0]?.gap ?? null })));
  const reason = checkAgreement(to, input.persons, input.period);
  if (reason) {
    throw new AppError('VALIDATION_FAILED', reason, { field: 'body.persons', details: { surplus: to?.surplus ?? null } });
  }
  const transfer = await recordTransfer({
    db,
    actor,
    canRecord,
    input: { period: input.period, from: input.for, to: input.houses, persons: input.persons, agreedOn: input.agreedOn, reference: input.reference, ...(input.note ? { note: input.note } : {}) },
  }).catch((error: unknown) => {
    throw renameTransferField(error);
  });
  return { transfer, surplusBefore: to?.surplus ?? 0 };
}

/** A transfer's refusal named with the agreement's fields (from → for, to → houses), so a form can mark the field. */
function renameTransferField(error: unknown): unknown {
  const renamed: Record<string, string> = { 'body.from': 'body.for', 'body.to': 'body.houses' };
  const field = error instanceof AppError && error.field ? renamed[error.field] : undefined;
  return error instanceof AppError && field ? new AppError(error.code, error.message, { field, details: error.details, cause: error }) : error;
}
