// SPDX-License-Identifier: EUPL-1.2
/**
 * Progress towards the reception-place targets of a province: its own targets, those of its
 * safety regions and municipalities, and the PCL advice's targets where none was entered. The
 * realised places are the latest entered count of each location on `asOf`, summed over the
 * municipalities in the target's scope; beside them, `register` gives the places of the opened
 * locations in the locations register on `asOf` (locations/get-places-realised.ts), so the two
 * can be compared until the entered counts are no longer needed.
 */
import type { Executor } from '../../../db/client.ts';
import { AppError } from '../../../shared/errors.ts';
import { getPlacesRealised } from '../../locations/get-places-realised.ts';
import { formatNumber } from '../domain/explain-balance.ts';
import { findProvince, type SourceRow } from '../taakstelling.repository.ts';
import { adviceSource, emergencyPerSafetyRegion, provinceTotals, structuralPerProvince, type AdviceTarget } from './advice-targets.ts';
import { latestPlaceCounts, municipalitiesOfProvince, listSafetyRegions, targetsOf, type PlaceCountRecord, type TargetRecord } from './reception.repository.ts';

type ScopeKind = TargetRecord['scopeKind'];

export type TargetProgress = {
  id: string | null;
  fromAdvice: boolean;
  scopeKind: ScopeKind;
  scopeCode: string;
  scopeName: string;
  kind: TargetRecord['kind'];
  places: number;
  approximate: boolean;
  periodLabel: string;
  dueDate: string | null;
  derivation: string | null;
  parentTargetId: string | null;
  realised: number;
  locations: number;
  percentage: number | null;
  how: string;
  sourceId: string;
  /** Places of the opened locations in the locations register on asOf (null: scope unknown there). */
  register: RegisterPlaces | null;
};

export type RegisterPlaces = { places: number; locations: number; percentage: number | null; how: string };

export type ReceptionProgress = { province: { code: string; name: string }; asOf: string; targets: TargetProgress[]; sources: SourceRow[] };

function progressOf(counts: PlaceCountRecord[], members: Set<string>, kind: TargetRecord['kind'], places: number, asOf: string) {
  const mine = counts.filter((c) => members.has(c.municipalityCode) && (kind === 'total' || c.kind === kind));
  const realised = mine.reduce((sum, c) => sum + c.places, 0);
  const municipalities = new Set(mine.map((c) => c.municipalityCode)).size;
  const percentage = places > 0 ? Math.round((realised / places) * 1000) / 10 : null;
  const what = kind === 'total' ? 'emergency and structural' : kind;
  const how =
    `${formatNumber(realised)} = latest ${what} counts on or before ${asOf} of ${mine.length} location(s) in ${municipalities} municipality(ies)` +
    (percentage === null ? '' : `; ${formatNumber(realised)} / ${formatNumber(places)} × 100 = ${formatNumber(percentage)}%`);
  return { realised, locations: mine.length, percentage, how };
}

const registerKinds = { emergency: 'emergencyPlaces', structural: 'structuralPlaces', total: 'places' } as const;

// One look-up per scope: a province has a handful of targets (its own, its safety regions', and
// its municipalities' where distributed), so this stays a few small queries.
async function registerPlacesOf(db: Executor, scopeKind: ScopeKind, code: string, kind: TargetRecord['kind'], places: number, asOf: string): Promise<RegisterPlaces | null> {
  const found = await getPlacesRealised({ db, scope: { kind: scopeKind, code }, from: asOf, to: asOf, interval: 'month' }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      return null;
    }
    throw error;
  });
  const point = found?.series.at(-1);
  if (!found || !point) {
    return null;
  }
  const realised = point[registerKinds[kind]];
  const percentage = places > 0 ? Math.round((realised / places) * 1000) / 10 : null;
  const what = kind === 'total' ? 'all' : kind;
  const how =
    `${formatNumber(realised)} = capacity of the ${what} locations open on ${asOf} in the locations register (${point.locations} open location(s) of any kind)` +
    (percentage === null ? '' : `; ${formatNumber(realised)} / ${formatNumber(places)} × 100 = ${formatNumber(percentage)}%`);
  return { places: realised, locations: point.locations, percentage, how };
}

export async function getReceptionProgress({ db, province, asOf }: { db: Executor; province: string; asOf: string }): Promise<ReceptionProgress> {
  const found = await findProvince(db, province);
  if (!found) {
    throw new AppError('NOT_FOUND', `There is no province ${province}.`, { field: 'query.province' });
  }
  const division = await municipalitiesOfProvince(db, province);
  const regions = await listSafetyRegions(db, province);
  const codes = division.map((m) => m.code);
  const stored = await targetsOf(db, [
    { kind: 'province', codes: [province] },
    { kind: 'safety_region', codes: regions.map((r) => r.code) },
    { kind: 'municipality', codes },
  ]);
  const counts = await latestPlaceCounts(db, codes, asOf);
  const scopeName = (kind: ScopeKind, code: string) =>
    kind === 'province' ? found.name : kind === 'safety_region' ? (regions.find((r) => r.code === code)?.name ?? code) : (division.find((m) => m.code === code)?.name ?? code);
  const membersOf = (kind: ScopeKind, code: string) =>
    new Set(kind === 'province' ? codes : kind === 'safety_region' ? (regions.find((r) => r.code === code)?.members ?? []) : [code]);
  const fromStore = stored.map(({ target }): TargetProgress => ({
    id: target.id,
    fromAdvice: false,
    scopeKind: target.scopeKind,
    scopeCode: target.scopeCode,
    scopeName: scopeName(target.scopeKind, target.scopeCode),
    kind: target.kind,
    places: target.places,
    approximate: target.approximate,
    periodLabel: target.periodLabel,
    dueDate: target.dueDate,
    derivation: target.derivation,
    parentTargetId: target.parentTargetId,
    sourceId: target.sourceId,
    register: null,
    ...progressOf(counts, membersOf(target.scopeKind, target.scopeCode), target.kind, target.places, asOf),
  }));
  const entered = (kind: ScopeKind, code: string, targetKind: string) =>
    stored.some(({ target }) => target.scopeKind === kind && target.scopeCode === code && target.kind === targetKind);
  const advice: [AdviceTarget, string][] = [
    [structuralPerProvince, province] as [AdviceTarget, string],
    ...(provinceTotals[province] ? [[provinceTotals[province], province] as [AdviceTarget, string]] : []),
    ...regions.map((r) => [emergencyPerSafetyRegion, r.code] as [AdviceTarget, string]),
  ].filter(([target, code]) => !entered(target.scopeKind, code, target.kind));
  const fromAdvice = advice.map(([target, code]): TargetProgress => ({
    id: null,
    fromAdvice: true,
    scopeCode: code,
    scopeName: scopeName(target.scopeKind, code),
    derivation: null,
    parentTargetId: null,
    sourceId: adviceSource.id,
    register: null,
    ...target,
    ...progressOf(counts, membersOf(target.scopeKind, code), target.kind, target.places, asOf),
  }));
  const targets = [...fromAdvice, ...fromStore];
  for (const target of targets) {
    target.register = await registerPlacesOf(db, target.scopeKind, target.scopeCode, target.kind, target.places, asOf);
  }
  const sources = new Map<string, SourceRow>(stored.map(({ source }) => [source.id, source]));
  if (fromAdvice.length > 0) {
    sources.set(adviceSource.id, adviceSource);
  }
  return { province: found, asOf, targets, sources: [...sources.values()] };
}
