// SPDX-License-Identifier: EUPL-1.2
/**
 * Records one realisation entered through the API, with the same checks as the CSV import.
 * Idempotent by source reference: the same reference with the same values returns the existing
 * realisation; with other values it is a conflict. Without a reference one is generated.
 */
import crypto from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor } from '../../db/transaction.ts';
import { AppError } from '../../shared/errors.ts';
import { checkRealisations, type RealisationDraft } from './check-realisations.ts';
import { assignHouseholds, insertRealisations, isUniqueViolation, type RealisationRecord } from './realisation.repository.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';

export type RecordRealisationOptions = {
  db: Db;
  actor: Actor;
  draft: Omit<RealisationDraft, 'sourceReference' | 'line'> & { sourceReference?: string | undefined };
  canRecord: (municipality: MunicipalityScope) => boolean;
};

export type RecordRealisationResult = { realisation: RealisationRecord; created: boolean };

export async function recordRealisation({ db, actor, draft, canRecord }: RecordRealisationOptions): Promise<RecordRealisationResult> {
  const complete: RealisationDraft = { ...draft, sourceReference: draft.sourceReference ?? `api-${crypto.randomUUID()}` };
  const checked = await checkRealisations({ db, drafts: [complete], canRecord });
  const [issue] = checked.issues;
  if (issue) {
    const field = issue.field === 'municipalityCode' ? 'params.code' : `body.${issue.field}`;
    throw new AppError(issue.conflict ? 'CONFLICT' : 'VALIDATION_FAILED', issue.message, {
      field,
      details: { errors: checked.issues.map((i) => ({ field: i.field === 'municipalityCode' ? 'params.code' : `body.${i.field}`, message: i.message })) },
    });
  }
  const [existing] = checked.unchanged;
  if (existing) {
    return { realisation: existing, created: false };
  }
  const row = checked.fresh[0];
  if (!row) {
    throw new Error('a checked realisation is neither new nor unchanged');
  }
  const [realisation] = await inTransaction(db, actor, async (tx) => {
    const inserted = await insertRealisations(tx, [row]);
    if (row.householdId) {
      await assignHouseholds(tx, [{ householdId: row.householdId, municipalityCode: row.municipalityCode }]);
    }
    return inserted;
  }).catch((error: unknown) => {
    if (isUniqueViolation(error, 'realisations_source_reference_key')) {
      throw new AppError('CONFLICT', `"${row.sourceReference}" was recorded at the same moment by someone else.`, {
        field: 'body.sourceReference',
      });
    }
    throw error;
  });
  if (!realisation) {
    throw new Error('the realisation was not inserted');
  }
  return { realisation, created: true };
}
