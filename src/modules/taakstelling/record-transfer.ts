// SPDX-License-Identifier: EUPL-1.2
/**
 * Records an agreed transfer between two municipalities in a period (the housing issue's
 * brokering fills these later): `to` houses `persons` for `from`. Both must be municipalities in
 * the division of the period's year; the caller must coordinate both their provinces.
 */
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePeriod } from './domain/period.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';
import { divisionRowsOf, insertTransfer, type TransferRecord } from './transfer.repository.ts';
import type { RecordTransferInput } from './transfer.schema.ts';

export type RecordTransferOptions = {
  db: Db;
  actor: Actor;
  input: RecordTransferInput;
  canRecord: (from: MunicipalityScope, to: MunicipalityScope) => boolean;
};

export async function recordTransfer({ db, actor, input, canRecord }: RecordTransferOptions): Promise<TransferRecord> {
  const { year } = parsePeriod(input.period, 'body.period');
  if (input.from === input.to) {
    throw new AppError('VALIDATION_FAILED', 'A transfer needs two different municipalities.', { field: 'body.to' });
  }
  const rows = await divisionRowsOf(db, year, [input.from, input.to]);
  const from = rows.find((r) => r.code === input.from);
  const to = rows.find((r) => r.code === input.to);
  for (const [field, code, row] of [['body.from', input.from, from], ['body.to', input.to, to]] as const) {
    if (!row) {
      throw new AppError('VALIDATION_FAILED', `${code} is not a municipality on 1 January ${year} (unknown, or merged away).`, { field });
    }
  }
  if (!from || !to || !canRecord(from, to)) {
    throw new AppError('FORBIDDEN', `Only a coordinator of the province of both ${input.from} and ${input.to} may record this transfer.`);
  }
  return inTransaction(db, actor, (tx) =>
    insertTransfer(tx, {
      period: input.period,
      fromMunicipalityCode: input.from,
      toMunicipalityCode: input.to,
      persons: input.persons,
      agreedOn: input.agreedOn,
      reference: input.reference,
      note: input.note ?? null,
    }),
  );
}
