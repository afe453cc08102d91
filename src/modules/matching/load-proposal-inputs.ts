// SPDX-License-Identifier: EUPL-1.2
/**
 * Gathers the inputs of a proposal run: the province's municipalities of the period with their
 * task, and as capacity in persons the remaining task (taakstelling balances) or, where fewer,
 * the entered available homes in persons (capacity.ts); their score inputs; and the households to
 * place. Reads only.
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePeriod, periodEnd, todayInNetherlands } from '../taakstelling/domain/period.ts';
import { getPeriodBalances } from '../taakstelling/get-period-balances.ts';
import { capacityOf, largeHomeSize } from './capacity.ts';
import { listCandidateHouseholds, loadScoreInputs } from './proposal-inputs.repository.ts';
import type { ScoreMunicipality, ScoreShortage } from './scores/score-terms.ts';
import type { ProposalHousehold, ProposalMunicipality } from './solve-proposal.ts';

export type LoadProposalInputsOptions = { db: Executor; provinceCode: string; period: string; today?: string };

export type ProposalInputs = { municipalities: ProposalMunicipality[]; households: ProposalHousehold[] };

export async function loadProposalInputs(options: LoadProposalInputsOptions): Promise<ProposalInputs> {
  const { db, provinceCode, period } = options;
  // The proposal's policy already decided the caller covers the province.
  const balances = await getPeriodBalances({ db, period, province: provinceCode, asOf: options.today ?? todayInNetherlands(), canRead: () => true });
  if (balances.rows.every((row) => (row.balance?.corrected ?? row.task) === null)) {
    throw new AppError('VALIDATION_FAILED', `There is no taakstelling of ${period} for ${provinceCode}, so no capacities to place households in.${balances.state.message ? ` ${balances.state.message}` : ''}`, { field: 'period' });
  }
  const codes = balances.rows.map((row) => row.code);
  const inputs = await loadScoreInputs(db, codes);
  const shortagesByRegion = new Map<string, Map<number, ScoreShortage>>();
  for (const s of inputs.shortages) {
    const region = shortagesByRegion.get(s.region_code) ?? new Map<number, ScoreShortage>();
    region.set(s.isco_major_group, { shortage: s.shortage, referenceDate: s.reference_date, source: s.source, isExample: s.is_example });
    shortagesByRegion.set(s.region_code, region);
  }
  const scoreInputs = new Map(
    inputs.municipalities.map((m): [string, ScoreMunicipality] => [
      m.code,
      {
        code: m.code,
        region:
          m.region_code === null
            ? null
            : { code: m.region_code, name: m.region_name ?? m.region_code, isExample: m.region_is_example ?? false, shortages: shortagesByRegion.get(m.region_code) ?? new Map() },
        careAvailable: m.care_available,
        homes: m.homes_small === null && m.homes_medium === null && m.homes_large === null ? null : { small: m.homes_small ?? 0, medium: m.homes_medium ?? 0, large: m.homes_large ?? 0 },
      },
    ]),
  );
  const candidates = await listCandidateHouseholds(db, provinceCode, periodEnd(parsePeriod(period)));
  const households = candidates.map((h): ProposalHousehold => ({
    id: h.id,
    pseudonym: h.pseudonym,
    profile: { size: h.size, iscoMajorGroup: h.isco_major_group, tieMunicipalityCode: h.tie_municipality_code, careNeed: h.care_need },
  }));
  const largeSize = largeHomeSize(households.map((h) => h.profile.size));
  const municipalities = balances.rows.map((row): ProposalMunicipality => {
    const task = row.balance?.corrected ?? row.task;
    const remaining = row.balance ? row.balance.closing : (row.task ?? 0);
    const score = scoreInputs.get(row.code) ?? { code: row.code, region: null, careAvailable: null, homes: null };
    const { capacity, ...capacityBasis } = capacityOf(remaining, score.homes, largeSize);
    return { code: row.code, name: row.name, task, capacity, capacityBasis, score };
  });
  return { municipalities, households };
}
