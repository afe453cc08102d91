// SPDX-License-Identifier: EUPL-1.2
/**
 * Homes count against the taakstelling in persons. A project states the persons it expects to
 * house among status holders; otherwise they are derived: homes for status holders × the
 * average household size (entered for the project, or the municipality's CBS figure), rounded
 * to whole persons. The formula is returned so that it can be shown next to the figure.
 */

export type HouseholdSize = { value: number; source: string };

export type PersonsInput = {
  homesStatusHolders: number;
  /** Persons stated by the project (overrides the derivation). */
  statedPersons: number | null;
  /** A household size entered for the project (overrides the CBS figure). */
  householdSizeOverride: number | null;
  /** The municipality's CBS average household size, when loaded. */
  cbsHouseholdSize: HouseholdSize | null;
};

export type Persons =
  | { ok: true; persons: number; basis: 'stated' | 'derived_entered' | 'derived_cbs'; formula: string }
  | { ok: false; reason: string };

// One formatter for every call: `toLocaleString` builds a new Intl formatter each time, which
// cost a list of 5,000 projects over 100 ms (bench/housing).
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format;

/** The persons for status holders of a project, with how they were found. */
export function personsForStatusHolders(input: PersonsInput): Persons {
  if (input.statedPersons !== null) {
    return { ok: true, persons: input.statedPersons, basis: 'stated', formula: `${input.statedPersons} persons, as stated by the project` };
  }
  if (input.homesStatusHolders === 0) {
    return { ok: true, persons: 0, basis: 'stated', formula: 'no homes for status holders: 0 persons' };
  }
  const size = input.householdSizeOverride !== null
    ? { value: input.householdSizeOverride, source: 'entered for this project' }
    : input.cbsHouseholdSize;
  if (!size) {
    return {
      ok: false,
      reason: 'No CBS average household size is loaded for this municipality: state the persons for status holders, or enter a household size.',
    };
  }
  const exact = input.homesStatusHolders * size.value;
  const persons = Math.round(exact);
  const homes = input.homesStatusHolders;
  return {
    ok: true,
    persons,
    basis: input.householdSizeOverride !== null ? 'derived_entered' : 'derived_cbs',
    // Spelled out when read: the forecast derives thousands of projects' persons and shows none
    // of these formulas (bench/housing), a project's page shows its own.
    get formula() {
      return `${homes} homes × ${one(size.value)} persons per household (${size.source}) = ${one(exact)} → ${persons} persons`;
    },
  };
}
