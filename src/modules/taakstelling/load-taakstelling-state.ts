// SPDX-License-Identifier: EUPL-1.2
/**
 * Loads what the balances need (one query for all tables: balance.repository.ts) and builds
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
import { dataVersion, loadBalanceInputs } from './balance.repository.ts';
import type { SourceRow } from './taakstelling.repository.ts';

/** A municipality as the balances need it: latest name and province, and when it existed. */
export type MunicipalityRow = { code: string; name: string; provinceCode: string; beginDate: string | null; endDate: string | null };

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
  const raw = await loadBalanceInputs(db);
  const realised = new Map<string, Map<string, { persons: number; realisations: number }>>();
  for (const [code, period, persons, realisations] of raw.totals) {
    const byCode = realised.get(period) ?? new Map();
    byCode.set(code, { persons, realisations });
    realised.set(period, byCode);
  }
  const divisions = new Map<number, DivisionMember[]>();
  for (const [year, code, name, provinceCode] of raw.divisions) {
    const list = divisions.get(year) ?? [];
    list.push({ code, name, provinceCode });
    divisions.set(year, list);
  }
  // Ordered by CBS code here: sorting in JavaScript is cheaper than a collated ORDER BY in SQL.
  for (const list of divisions.values()) {
    list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }
  const populations = groupBy(raw.populations, ([, referenceDate]) => referenceDate);
  const successions: (Succession & { territoryShare: number | null })[] = raw.successions.map(
    ([predecessor, successor, effectiveDate, territoryShare]) => ({ predecessor, successor, effectiveDate, territoryShare }),
  );
  const inputs: StateInputs = {
    nationalTasks: raw.national.map(([period, task, backlogIn, populationReferenceDate, sourceId]) => ({
      period,
      task,
      backlogIn,
      populationReferenceDate,
      sourceId,
    })),
    divisions,
    populationDates: [...populations.keys()].sort(),
    populations: new Map(
      [...populations].map(([date, rows]) => [date, rows.map(([code, , population]) => ({ code, population }))]),
    ),
    official: new Map(
      [...groupBy(raw.official, ([period]) => period)].map(([period, rows]) => [
        period,
        rows.map(([, code, task, taskIncludingBacklog]): OfficialTask => ({ code, task, taskIncludingBacklog })),
      ]),
    ),
    // A split carries its balance to the successor with the largest share of the territory.
    successions: successions.sort((a, b) => (b.territoryShare ?? 0) - (a.territoryShare ?? 0)),
    realised,
    transfers: raw.transfers.map(([id, period, from, to, persons, agreedOn, reference]) => ({ id, period, from, to, persons, agreedOn, reference })),
  };
  return {
    inputs,
    municipalities: new Map(raw.municipalities.map(([code, name, provinceCode, beginDate, endDate]) => [code, { code, name, provinceCode, beginDate, endDate }])),
    provinces: new Map(raw.provinces),
    sources: new Map(raw.sources.map((source) => [source.id, source])),
    populationSources: new Map([...populations].map(([date, rows]) => [date, [...new Set(rows.map(([, , , sourceId]) => sourceId))]])),
    officialSources: new Map(raw.official.map(([period, code, , , sourceId]) => [`${period}|${code}`, sourceId])),
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
