// SPDX-License-Identifier: EUPL-1.2
/**
 * Reception-place targets per municipality as under the distribution law (Spreidingswet): a
 * target × each municipality's population share, optionally corrected by a factor per
 * municipality (e.g. 0.5 where a large location already stands), rounded by largest remainder so
 * the municipal targets sum exactly to the target. Factors have at most three decimals, so the
 * weights population × factor stay exact integers (× 1,000) for the BigInt arithmetic.
 */
import { AppError } from '../../../shared/errors.ts';
import { distributeTask } from './distribute.ts';

export type ReceptionMember = { code: string; population: number; factor: number };

export type ReceptionShare = ReceptionMember & { target: number; quota: number; formula: string };

const en = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** Distributes `total` places over `members` by population × factor. */
export function distributeReceptionTarget({ total, members }: { total: number; members: ReceptionMember[] }): ReceptionShare[] {
  for (const member of members) {
    const milli = member.factor * 1000;
    if (!Number.isFinite(member.factor) || member.factor < 0 || member.factor > 10 || Math.abs(milli - Math.round(milli)) > 1e-9) {
      throw new AppError('VALIDATION_FAILED', `The factor of ${member.code} must be between 0 and 10 with at most three decimals.`, {
        field: 'body.factors',
      });
    }
  }
  const weights = members.map((m) => ({ code: m.code, population: m.population * Math.round(m.factor * 1000) }));
  const byCode = new Map(members.map((m) => [m.code, m]));
  const weightTotal = weights.reduce((sum, w) => sum + w.population, 0) / 1000;
  return distributeTask({ nationalTask: total, populations: weights }).map((share) => {
    const member = byCode.get(share.code) as ReceptionMember;
    const factor = member.factor === 1 ? '' : ` × ${en.format(member.factor)}`;
    return {
      ...member,
      target: share.task,
      quota: share.quota,
      formula:
        `${en.format(total)} × ${en.format(member.population)}${factor} / ${en.format(weightTotal)} = ` +
        `${share.quota.toFixed(2)} → ${share.task}${share.roundedUp ? ' (largest remainder)' : ''}`,
    };
  });
}
