// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads what the balances need (one query per table, not per period or municipality) and builds
 * every period's distribution and every balance (domain/build-state.ts).
 *
 * Why a cache: the distribution is national (largest remainder over all municipalities) and a
 * balance carries over every earlier period, so even one province's dashboard needs the whole
 * computation. The loaded inputs are kept per database, keyed by the data version (the newest
 * audit entry and the oldest running transaction: every table has an audit trigger), so any
 * committed write anywhere makes the next read load again. Nothing is ever stale.
 */
import type { Executor } from '../../db/client.ts';
import type { Succession } from './domain/balance.ts';
import { buildTaakstellingState, type StateInputs, type TaakstellingState } from './domain/build-state.ts';
import type { DivisionMember, OfficialTask } from './domain/period-distribution.ts';
import {
  allDivisions,
  allMunicipalities,
  allOfficialTasks,
  allPopulations,
  allProvinces,
  allRealisationTotals,
  allSuccessions,
  allTransfers,
  dataVersion,
  sourcesByIds,
  type MunicipalityRow,
} from './balance.repository.ts';
import { listNationalTasks, type SourceRow } from './taakstelling.repository.ts';

export type LoadedInputs = {
  inputs: StateInputs;
  municipalities: Map<string, MunicipalityRow>;
  provinces: Map<string, string>;
  sources: Map<string, SourceRow>;
  /** Sources of the population figures, per reference date. */
  populationSources: Map<string, string[]>;
  /** Source of each official figure, keyed "period|code". */
  officialSources: Map<string, string>;
};

export type LoadedState = LoadedInputs & { state: TaakstellingState };

type CacheEntry = { version: string; loaded: Promise<LoadedInputs>; states: Map<string, TaakstellingState> };

const cache = new WeakMap<object, CacheEntry>();
const statesKept = 4;

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) {
      list.push(row);
    } else {
      map.set(k, [row]);
    }
  }
  return map;
}

/** Reads every input from the database (no cache). */
export async function loadInputs(db: Executor): Promise<LoadedInputs> {
  const [nationals, divisions, populations, official, successions, totals, transfers, municipalities, provinces] = await Promise.all([
    listNationalTasks(db),
    allDivisions(db),
    allPopulations(db),
    allOfficialTasks(db),
    allSuccessions(db),
    allRealisationTotals(db),
    allTransfers(db),
    allMunicipalities(db),
    allProvinces(db),
  ]);
  const sourceIds = new Set([...populations.map((p) => p.sourceId), ...official.map((o) => o.sourceId)]);
  const sources = new Map<string, SourceRow>(nationals.map((n) => [n.source.id, n.source]));
  for (const source of await sourcesByIds(db, [...sourceIds].filter((id) => !sources.has(id)))) {
    sources.set(source.id, source);
  }
  const realised = new Map<string, Map<string, { persons: number; realisations: number }>>();
  for (const t of totals) {
    const byCode = realised.get(t.period) ?? new Map();
    byCode.set(t.code, { persons: t.persons, realisations: t.realisations });
    realised.set(t.period, byCode);
  }
  const bySuccessorShare = (a: Succession & { territoryShare: number | null }, b: typeof a) =>
    (b.territoryShare ?? 0) - (a.territoryShare ?? 0);
  const inputs: StateInputs = {
    nationalTasks: nationals.map((n) => ({
      period: n.period,
      task: n.task,
      backlogIn: n.backlogIn,
      populationReferenceDate: n.populationReferenceDate,
      sourceId: n.sourceId,
    })),
    divisions: new Map(
      [...groupBy(divisions, (d) => d.year)].map(([year, rows]) => [
        year,
        rows.map((r): DivisionMember => ({ code: r.code, name: r.name, provinceCode: r.provinceCode })),
      ]),
    ),
    populationDates: [...new Set(populations.map((p) => p.referenceDate))].sort(),
    populations: groupBy(populations, (p) => p.referenceDate),
    official: new Map(
      [...groupBy(official, (o) => o.period)].map(([period, rows]) => [
        period,
        rows.map((o): OfficialTask => ({ code: o.municipalityCode, task: o.task, taskIncludingBacklog: o.taskIncludingBacklog })),
      ]),
    ),
    successions: [...successions].sort(bySuccessorShare),
    realised,
    transfers: transfers.map((t) => ({
      id: t.id,
      period: t.period,
      from: t.fromMunicipalityCode,
      to: t.toMunicipalityCode,
      persons: t.persons,
      agreedOn: t.agreedOn,
      reference: t.reference,
    })),
  };
  return {
    inputs,
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    provinces: new Map(provinces.map((p) => [p.code, p.name])),
    sources,
    populationSources: new Map(
      [...groupBy(populations, (p) => p.referenceDate)].map(([date, rows]) => [date, [...new Set(rows.map((r) => r.sourceId))]]),
    ),
    officialSources: new Map(official.map((o) => [`${o.period}|${o.municipalityCode}`, o.sourceId])),
  };
}

export type LoadTaakstellingStateOptions = { db: Executor; asOf: string };

/** The state on `asOf`, from the cache when no data changed since it was built. */
export async function loadTaakstellingState({ db, asOf }: LoadTaakstellingStateOptions): Promise<LoadedState> {
  const version = await dataVersion(db);
  let entry = cache.get(db);
  if (!entry || entry.version !== version) {
    entry = { version, loaded: loadInputs(db), states: new Map() };
    cache.set(db, entry);
    const created = entry;
    // A failed load is not kept: the next request tries again.
    created.loaded.catch(() => {
      if (cache.get(db) === created) {
        cache.delete(db);
      }
    });
  }
  const loaded = await entry.loaded;
  let state = entry.states.get(asOf);
  if (!state) {
    state = buildTaakstellingState(loaded.inputs, asOf);
    if (entry.states.size >= statesKept) {
      entry.states.delete(entry.states.keys().next().value as string);
    }
    entry.states.set(asOf, state);
  }
  return { ...loaded, state };
}
