// SPDX-License-Identifier: EUPL-1.2
/**
 * A coordinator enters a reception-place target for a safety region, province or municipality,
 * with its source (or the PCL advice). The scope must exist; the caller's policy is asked for the
 * scope's province before anything is written.
 */
import crypto from 'node:crypto';
import type { Db } from '../../../db/client.ts';
import { inTransaction, type Actor } from '../../../db/transaction.ts';
import { AppError } from '../../../shared/errors.ts';
import { findMunicipality, findProvince } from '../taakstelling.repository.ts';
import { adviceSource } from './advice-targets.ts';
import { insertTargets, listSafetyRegions, upsertSource, type TargetRecord } from './reception.repository.ts';
import type { CreateTargetInput } from './reception.schema.ts';

/** The province a scope belongs to, or undefined when the scope does not exist. */
export async function provinceOfScope(db: Db, kind: CreateTargetInput['scopeKind'], code: string): Promise<string | undefined> {
  if (kind === 'province') {
    return (await findProvince(db, code))?.code;
  }
  if (kind === 'municipality') {
    return (await findMunicipality(db, code))?.provinceCode;
  }
  return (await listSafetyRegions(db)).find((r) => r.code === code)?.provinceCode;
}

export type CreateReceptionTargetOptions = {
  db: Db;
  actor: Actor;
  input: CreateTargetInput;
  canManage: (provinceCode: string) => boolean;
};

export async function createReceptionTarget({ db, actor, input, canManage }: CreateReceptionTargetOptions): Promise<TargetRecord> {
  const expected = { safety_region: /^VR\d{2}$/, province: /^PV\d{2}$/, municipality: /^GM\d{4}$/ }[input.scopeKind];
  if (!expected.test(input.scopeCode)) {
    throw new AppError('VALIDATION_FAILED', `${input.scopeCode} is not a ${input.scopeKind.replace('_', ' ')} code.`, { field: 'body.scopeCode' });
  }
  const province = await provinceOfScope(db, input.scopeKind, input.scopeCode);
  if (!province) {
    throw new AppError('NOT_FOUND', `There is no ${input.scopeKind.replace('_', ' ')} ${input.scopeCode}.`, { field: 'body.scopeCode' });
  }
  if (!canManage(province)) {
    throw new AppError('FORBIDDEN', `Only a coordinator of ${province} may set targets for ${input.scopeCode}.`);
  }
  const source = 'advice' in input.source
    ? adviceSource
    : { id: `reception-target-${crypto.randomUUID()}`, publisherTable: null, licence: null, ...input.source };
  return inTransaction(db, actor, async (tx) => {
    await upsertSource(tx, source);
    const [row] = await insertTargets(tx, [
      {
        scopeKind: input.scopeKind,
        scopeCode: input.scopeCode,
        kind: input.kind,
        places: input.places,
        approximate: input.approximate,
        periodLabel: input.periodLabel,
        dueDate: input.dueDate ?? null,
        sourceId: source.id,
      },
    ]);
    if (!row) {
      throw new Error('the target was not inserted');
    }
    return row;
  });
}
