// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks realisations against the reference data before anything is written, the same way for
 * API entry and CSV import: the municipality exists and was a municipality on the housing date
 * (not merged away before it), the date is not in the future, the household pseudonym exists,
 * and a source reference that was used before carries the same values (idempotency).
 */
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../shared/errors.ts';
import { formatPeriod, isCalendarDate, periodOfDate, todayInNetherlands } from './domain/period.ts';
import {
  householdsByPseudonym,
  municipalitiesWithSuccessor,
  realisationsByKeys,
  type NewRealisation,
  type RealisationRecord,
} from './realisation.repository.ts';
import type { MunicipalityScope } from './taakstelling.policy.ts';

/** One realisation as entered, before the checks. `line` is set for CSV rows. */
export type RealisationDraft = {
  line?: number;
  municipalityCode: string;
  housedOn: string;
  persons: number;
  adults: number | null;
  minors: number | null;
  household: string | null;
  dwellingReference: string | null;
  cameFromLocation: string | null;
  sourceReference: string;
};

export type DraftField = keyof Omit<RealisationDraft, 'line'>;
/** `conflict`: the source reference exists with other values (HTTP 409 rather than 400). */
export type DraftIssue = { line?: number; field: DraftField; message: string; conflict?: boolean };

export type CheckedRealisations = {
  issues: DraftIssue[];
  /** Rows to insert (new source references). */
  fresh: NewRealisation[];
  /** Rows whose source reference exists with the same values: nothing to do. */
  unchanged: RealisationRecord[];
  municipalities: Awaited<ReturnType<typeof municipalitiesWithSuccessor>>;
};

const sameValues = (row: RealisationRecord, draft: NewRealisation): boolean =>
  row.housedOn === draft.housedOn &&
  row.persons === draft.persons &&
  row.adults === (draft.adults ?? null) &&
  row.minors === (draft.minors ?? null) &&
  row.householdId === (draft.householdId ?? null) &&
  row.dwellingReference === (draft.dwellingReference ?? null) &&
  row.cameFromLocation === (draft.cameFromLocation ?? null);

function describeDifference(row: RealisationRecord, draft: NewRealisation): string {
  const pairs: [string, unknown, unknown][] = [
    ['housed on', row.housedOn, draft.housedOn],
    ['persons', row.persons, draft.persons],
    ['adults', row.adults, draft.adults ?? null],
    ['minors', row.minors, draft.minors ?? null],
    ['household', row.householdId, draft.householdId ?? null],
    ['dwelling', row.dwellingReference, draft.dwellingReference ?? null],
    ['reception location', row.cameFromLocation, draft.cameFromLocation ?? null],
  ];
  return pairs
    .filter(([, a, b]) => a !== b)
    .map(([name, a, b]) => `${name} ${a ?? '(empty)'} → ${b ?? '(empty)'}`)
    .join(', ');
}

export type CheckRealisationsOptions = {
  db: Executor;
  drafts: RealisationDraft[];
  /** The policy, asked for every municipality before any realisation is read. */
  canRecord: (municipality: MunicipalityScope) => boolean;
  today?: string;
};

/**
 * Checks `drafts` (already well-formed) against the database; writes nothing. Throws FORBIDDEN
 * (nothing read beyond the municipalities) when the caller may not record for one of them.
 */
export async function checkRealisations({ db, drafts, canRecord, today = todayInNetherlands() }: CheckRealisationsOptions): Promise<CheckedRealisations> {
  const issues: DraftIssue[] = [];
  const fail = (draft: RealisationDraft, field: DraftField, message: string, conflict = false) =>
    issues.push({ ...(draft.line !== undefined ? { line: draft.line } : {}), field, message, ...(conflict ? { conflict } : {}) });
  const found = await municipalitiesWithSuccessor(db, [...new Set(drafts.map((d) => d.municipalityCode))]);
  const denied = found.filter((m) => !canRecord({ code: m.code, provinceCode: m.provinceCode }));
  if (denied.length > 0) {
    throw new AppError('FORBIDDEN', `You may not record realisations for ${denied.map((m) => m.code).join(', ')}; nothing was written.`);
  }
  const byCode = new Map(found.map((m) => [m.code, m]));
  const householdRows = await householdsByPseudonym(db, [...new Set(drafts.flatMap((d) => (d.household ? [d.household] : [])))]);
  const householdIds = new Map(householdRows.map((h) => [h.pseudonym, h.id]));
  const candidates: { draft: RealisationDraft; row: NewRealisation }[] = [];
  const seen = new Map<string, RealisationDraft>();
  for (const draft of drafts) {
    const before = issues.length;
    const municipality = byCode.get(draft.municipalityCode);
    if (!isCalendarDate(draft.housedOn) || draft.housedOn < '2000-01-01') {
      fail(draft, 'housedOn', `"${draft.housedOn}" is not a date (YYYY-MM-DD) from 2000 on`);
    } else if (draft.housedOn > today) {
      fail(draft, 'housedOn', `${draft.housedOn} is in the future (today is ${today})`);
    }
    if (!municipality) {
      fail(draft, 'municipalityCode', `there is no municipality ${draft.municipalityCode}`);
    } else if (municipality.endDate !== null && draft.housedOn >= municipality.endDate) {
      const heir = municipality.successorCode ? ` into ${municipality.successorCode} ${municipality.successorName}` : '';
      fail(draft, 'municipalityCode', `${municipality.code} ${municipality.name} merged${heir} on ${municipality.endDate}; record housings from that date on ${municipality.successorCode ?? 'its successor'}`);
    } else if (municipality.beginDate !== null && draft.housedOn < municipality.beginDate) {
      fail(draft, 'municipalityCode', `${municipality.code} ${municipality.name} exists only from ${municipality.beginDate}`);
    }
    if (draft.adults !== null && draft.minors !== null && draft.adults + draft.minors !== draft.persons) {
      fail(draft, 'persons', `adults ${draft.adults} + minors ${draft.minors} is not ${draft.persons} persons`);
    }
    if (draft.household && !householdIds.has(draft.household)) {
      fail(draft, 'household', `there is no household ${draft.household}`);
    }
    const key = `${draft.municipalityCode}\u0000${draft.sourceReference}`;
    const first = seen.get(key);
    if (first) {
      fail(draft, 'sourceReference', `"${draft.sourceReference}" appears twice for ${draft.municipalityCode}${first.line !== undefined ? ` (first on line ${first.line})` : ''}`);
    }
    seen.set(key, first ?? draft);
    if (issues.length > before) {
      continue;
    }
    candidates.push({
      draft,
      row: {
        municipalityCode: draft.municipalityCode,
        housedOn: draft.housedOn,
        period: formatPeriod(periodOfDate(draft.housedOn)),
        persons: draft.persons,
        adults: draft.adults,
        minors: draft.minors,
        householdId: draft.household ? (householdIds.get(draft.household) ?? null) : null,
        dwellingReference: draft.dwellingReference,
        cameFromLocation: draft.cameFromLocation,
        sourceReference: draft.sourceReference,
      },
    });
  }
  const existing = await realisationsByKeys(db, candidates.map(({ row }) => row));
  const existingByKey = new Map(existing.map((row) => [`${row.municipalityCode}\u0000${row.sourceReference}`, row]));
  const fresh: NewRealisation[] = [];
  const unchanged: RealisationRecord[] = [];
  for (const { draft, row } of candidates) {
    const old = existingByKey.get(`${row.municipalityCode}\u0000${row.sourceReference}`);
    if (!old) {
      fresh.push(row);
    } else if (sameValues(old, row)) {
      unchanged.push(old);
    } else {
      fail(draft, 'sourceReference', `"${row.sourceReference}" was recorded before with other values (${describeDifference(old, row)}); use a new source reference, or delete the old realisation first`, true);
    }
  }
  return { issues, fresh, unchanged, municipalities: found };
}
