// SPDX-License-Identifier: EUPL-1.2
/**
 * Derives predecessor → successor from the dated division and two boundary vintages (pure).
 *
 * - A municipality that ended and has an "early" boundary (2016): sample points of its territory
 *   are looked up in the "late" boundaries (2023). Each late municipality holding at least
 *   `minShare` of them is a successor; splits (Haaren 2021) give several. The simplified
 *   boundaries of the two vintages differ a little, so slivers below `minShare` are ignored.
 * - When that late municipality did not yet exist on the end date, the territory went through
 *   an intermediate one (active on the end date, ended by the time the late one began); the
 *   chain is recorded step by step: A → X on A's end date, X → B on X's end date.
 * - A municipality without any boundary (it existed only between the vintages, or ended before
 *   the early one) gets the successors its own predecessors' territory ended up in, or, failing
 *   that, the only municipality of its province that began on its end date when it was the
 *   only one of its province to end then (a one-to-one change: no guessing between several).
 */
import { bboxContains, bboxOf, containsPoint, samplePoints, type AreaGeometry, type BBox } from './geometry.ts';
import type { SuccessionRow } from './regional-dataset.ts';

/** A municipality as the derivation needs it (latest province and dates). */
export type DivisionEntry = {
  code: string;
  provinceCode: string;
  beginDate: string | null;
  endDate: string | null;
};

/** The division, both boundary vintages and the sliver threshold. */
export type DeriveSuccessionsOptions = {
  municipalities: DivisionEntry[];
  /** Boundaries of the early vintage (e.g. 2016), by code. */
  early: Map<string, AreaGeometry>;
  /** Boundaries of the late vintage (e.g. 2023), by code. */
  late: Map<string, AreaGeometry>;
  /** Smallest share of the territory that makes a successor (default 5%). */
  minShare?: number;
};

type Share = { code: string; share: number };

function activeOn(m: DivisionEntry, date: string): boolean {
  return (m.beginDate === null || m.beginDate <= date) && (m.endDate === null || m.endDate > date);
}

/** Where the early territory of `geometry` lies in the late vintage, largest share first. */
function lateShares(geometry: AreaGeometry, late: { code: string; box: BBox; area: AreaGeometry }[], minShare: number): Share[] {
  const points = samplePoints(geometry);
  const counts = new Map<string, number>();
  for (const point of points) {
    const hit = late.find((candidate) => bboxContains(candidate.box, point) && containsPoint(candidate.area, point));
    if (hit) {
      counts.set(hit.code, (counts.get(hit.code) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .map(([code, count]) => ({ code, share: Math.round((count / points.length) * 1000) / 1000 }))
    .filter((entry) => entry.share >= minShare)
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}

/** All successions, sorted by predecessor and successor code. */
export function deriveSuccessions({ municipalities, early, late, minShare = 0.05 }: DeriveSuccessionsOptions): SuccessionRow[] {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const lateIndex = [...late.entries()].map(([code, area]) => ({ code, area, box: bboxOf(area) }));
  const rows: SuccessionRow[] = [];
  /** Late municipalities each code's territory ended up in (filled as codes are processed). */
  const finals = new Map<string, Set<string>>();
  const ended = municipalities
    .filter((m): m is DivisionEntry & { endDate: string } => m.endDate !== null)
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.code.localeCompare(b.code));
  const add = (predecessor: DivisionEntry & { endDate: string }, successor: string, derivation: string, share: number | null) => {
    if (successor !== predecessor.code && !rows.some((r) => r.predecessorCode === predecessor.code && r.successorCode === successor)) {
      rows.push({ predecessorCode: predecessor.code, successorCode: successor, effectiveDate: predecessor.endDate, derivation, territoryShare: share });
    }
  };

  for (const m of ended) {
    const geometry = early.get(m.code);
    const shares = geometry && !late.has(m.code) ? lateShares(geometry, lateIndex, minShare) : [];
    if (shares.length > 0) {
      finals.set(m.code, new Set(shares.map((s) => s.code)));
      for (const { code, share } of shares) {
        const successor = byCode.get(code);
        if (!successor) {
          continue;
        }
        if (activeOn(successor, m.endDate)) {
          add(m, code, 'geometry', share);
          continue;
        }
        const via = intermediate(m, successor, municipalities, early, late);
        add(m, via ?? code, via ? 'geometry+dates' : 'geometry', share);
      }
      continue;
    }
    const inherited = predecessorsFinals(m.code, rows, finals);
    if (inherited.size > 0) {
      finals.set(m.code, inherited);
      for (const code of inherited) {
        const successor = byCode.get(code);
        if (successor && successor.beginDate !== null && successor.beginDate <= m.endDate) {
          add(m, code, 'dates+geometry', null);
        }
      }
      if (rows.some((r) => r.predecessorCode === m.code)) {
        continue;
      }
    }
    const oneToOne = oneToOneSuccessor(m, municipalities);
    if (oneToOne) {
      add(m, oneToOne, 'dates', null);
    }
  }
  return rows.sort((a, b) => a.predecessorCode.localeCompare(b.predecessorCode) || a.successorCode.localeCompare(b.successorCode));
}

/** The municipality that held the territory between `m`'s end and `target`'s beginning. */
function intermediate(
  m: DivisionEntry & { endDate: string },
  target: DivisionEntry,
  municipalities: DivisionEntry[],
  early: Map<string, AreaGeometry>,
  late: Map<string, AreaGeometry>,
): string | undefined {
  const candidates = municipalities.filter(
    (x) =>
      x.code !== m.code &&
      x.provinceCode === m.provinceCode &&
      activeOn(x, m.endDate) &&
      x.endDate !== null &&
      target.beginDate !== null &&
      x.endDate <= target.beginDate &&
      !late.has(x.code),
  );
  const begunThatDay = candidates.filter((x) => x.beginDate === m.endDate && !early.has(x.code));
  const pick = begunThatDay.length > 0 ? begunThatDay : candidates;
  return pick.length === 1 ? pick[0]?.code : undefined;
}

function predecessorsFinals(code: string, rows: SuccessionRow[], finals: Map<string, Set<string>>): Set<string> {
  const result = new Set<string>();
  for (const row of rows) {
    if (row.successorCode === code) {
      for (const final of finals.get(row.predecessorCode) ?? []) {
        result.add(final);
      }
    }
  }
  result.delete(code);
  return result;
}

function oneToOneSuccessor(m: DivisionEntry & { endDate: string }, municipalities: DivisionEntry[]): string | undefined {
  const sameProvince = municipalities.filter((x) => x.provinceCode === m.provinceCode);
  const endedThen = sameProvince.filter((x) => x.endDate === m.endDate);
  const begunThen = sameProvince.filter((x) => x.beginDate === m.endDate);
  return endedThen.length === 1 && begunThen.length === 1 ? begunThen[0]?.code : undefined;
}
