// SPDX-License-Identifier: EUPL-1.2
/**
 * Distributes a safety-region or province target over its municipalities by population share,
 * optionally × a factor per municipality (as under the Spreidingswet), largest-remainder rounded
 * so the municipal targets sum to the target. Without `save` it only shows the result; with it the
 * municipal targets replace the earlier ones derived from this target, in one transaction.
 */
import type { Db } from '../../../db/client.ts';
import { inTransaction, type Actor } from '../../../db/transaction.ts';
import { AppError } from '../../../shared/errors.ts';
import { distributeReceptionTarget, type ReceptionShare } from '../domain/reception-distribution.ts';
import { todayInNetherlands } from '../domain/period.ts';
import { latestPopulationDate, populationsOn, type SourceRow } from '../taakstelling.repository.ts';
import { provinceOfScope } from './create-reception-target.ts';
import { currentDivision, deleteChildTargets, findTarget, insertTargets, listSafetyRegions } from './reception.repository.ts';

export type DistributeReceptionTargetOptions = {
  db: Db;
  actor: Actor;
  targetId: string;
  input: { referenceDate?: string | undefined; factors: Record<string, number>; save: boolean };
  canManage: (provinceCode: string) => boolean;
};

export type ReceptionTargetDistribution = {
  targetId: string;
  total: number;
  saved: boolean;
  populationReferenceDate: string | null;
  rows: (ReceptionShare & { name: string })[];
  sources: SourceRow[];
};

export async function distributeReceptionTargetById({ db, actor, targetId, input, canManage }: DistributeReceptionTargetOptions): Promise<ReceptionTargetDistribution> {
  const target = await findTarget(db, targetId);
  const province = target ? await provinceOfScope(db, target.scopeKind, target.scopeCode) : undefined;
  if (!target || !province) {
    throw new AppError('NOT_FOUND', `There is no reception target ${targetId}.`, { field: 'params.id' });
  }
  if (!canManage(province)) {
    throw new AppError('FORBIDDEN', `Only a coordinator of ${province} may distribute this target.`);
  }
  if (target.scopeKind === 'municipality') {
    throw new AppError('VALIDATION_FAILED', 'A municipal target has nothing below it to distribute over.', { field: 'params.id' });
  }
  const date = input.referenceDate ?? todayInNetherlands();
  const division = await currentDivision(db, Number(date.slice(0, 4)), province);
  const regionMembers = target.scopeKind === 'safety_region' ? (await listSafetyRegions(db)).find((r) => r.code === target.scopeCode)?.members : undefined;
  const members = regionMembers ? division.filter((m) => regionMembers.includes(m.code)) : division;
  const unknown = Object.keys(input.factors).filter((code) => !members.some((m) => m.code === code));
  if (unknown.length > 0) {
    throw new AppError('VALIDATION_FAILED', `Factors for municipalities outside ${target.scopeCode}: ${unknown.join(', ')}.`, { field: 'body.factors' });
  }
  const referenceDate = await latestPopulationDate(db, date);
  const populations = referenceDate ? await populationsOn(db, referenceDate, members.map((m) => m.code)) : [];
  if (members.length === 0 || populations.length < members.length) {
    throw new AppError('DATA_MISSING', `No population on ${referenceDate ?? date} for every municipality of ${target.scopeCode}; cannot distribute.`, {
      field: 'body.referenceDate',
    });
  }
  const names = new Map(members.map((m) => [m.code, m.name]));
  const shares = distributeReceptionTarget({
    total: target.places,
    members: populations.map((p) => ({ code: p.code, population: p.population, factor: input.factors[p.code] ?? 1 })),
  }).map((share) => ({ ...share, name: names.get(share.code) ?? share.code }));
  if (input.save) {
    await inTransaction(db, actor, async (tx) => {
      await deleteChildTargets(tx, target.id);
      await insertTargets(
        tx,
        shares.map((share) => ({
          scopeKind: 'municipality' as const,
          scopeCode: share.code,
          kind: target.kind,
          places: share.target,
          approximate: target.approximate,
          periodLabel: target.periodLabel,
          dueDate: target.dueDate,
          parentTargetId: target.id,
          derivation: `${share.formula} (population ${referenceDate}, target of ${target.scopeCode})`,
          sourceId: target.sourceId,
        })),
      );
    });
  }
  const sources = new Map(populations.map((p) => [p.source.id, p.source]));
  return { targetId: target.id, total: target.places, saved: input.save, populationReferenceDate: referenceDate ?? null, rows: shares, sources: [...sources.values()] };
}
