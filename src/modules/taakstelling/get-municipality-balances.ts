// SPDX-License-Identifier: EUPL-1.2
/**
 * One municipality's balances over every period: the municipality's own page. A period in which
 * the municipality was not in the division (not yet created, or merged away) says so.
 */
import type { Executor } from '../../db/client.ts';
import type { PeriodState } from './domain/build-state.ts';
import { balanceRows, type BalanceRow } from './balance-view.ts';
import { loadTaakstellingState } from './load-taakstelling-state.ts';
import type { MunicipalityRecord, SourceRow } from './taakstelling.repository.ts';

export type GetMunicipalityBalancesOptions = { db: Executor; municipality: MunicipalityRecord; asOf: string };

export type MunicipalityRef = { code: string; name: string; effectiveDate: string };

export type MunicipalityBalances = {
  municipality: MunicipalityRecord & { provinceName: string; successor: MunicipalityRef | null; predecessors: MunicipalityRef[] };
  asOf: string;
  periods: { state: PeriodState; row: BalanceRow | null; note: string | null }[];
  sources: SourceRow[];
};

export async function getMunicipalityBalances({ db, municipality, asOf }: GetMunicipalityBalancesOptions): Promise<MunicipalityBalances> {
  const loaded = await loadTaakstellingState({ db, asOf });
  const { successions } = loaded.state.inputs;
  const ref = (code: string, effectiveDate: string): MunicipalityRef => ({
    code,
    name: loaded.municipalities.get(code)?.name ?? code,
    effectiveDate,
  });
  const next = successions.find((s) => s.predecessor === municipality.code);
  const successor = next ? ref(next.successor, next.effectiveDate) : null;
  const predecessors = successions.filter((s) => s.successor === municipality.code).map((s) => ref(s.predecessor, s.effectiveDate));
  const sourceIds = new Set<string>();
  const periods = loaded.state.periods.map((state) => {
    const [row] = balanceRows(loaded, state, (r) => r.code === municipality.code);
    if (state.national) {
      sourceIds.add(state.national.sourceId);
    }
    const official = loaded.officialSources.get(`${state.period}|${municipality.code}`);
    if (official) {
      sourceIds.add(official);
    }
    const referenceDate = state.distribution?.populationReferenceDate;
    for (const id of referenceDate ? (loaded.populationSources.get(referenceDate) ?? []) : []) {
      sourceIds.add(id);
    }
    if (row) {
      return { state, row, note: state.message };
    }
    const note =
      successor && successor.effectiveDate <= `${state.divisionYear}-01-01`
        ? `Merged into ${successor.code} ${successor.name} on ${successor.effectiveDate}; its balance continues there.`
        : `Not a municipality on 1 January ${state.divisionYear}.`;
    return { state, row: null, note: state.division.length === 0 ? state.message : note };
  });
  return {
    municipality: {
      ...municipality,
      provinceName: loaded.provinces.get(municipality.provinceCode) ?? municipality.provinceCode,
      successor,
      predecessors,
    },
    asOf,
    periods,
    sources: [...sourceIds].flatMap((id) => loaded.sources.get(id) ?? []),
  };
}
