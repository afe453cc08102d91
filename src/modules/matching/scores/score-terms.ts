// SPDX-License-Identifier: EUPL-1.2
/**
 * The placement score of a household in a municipality, as a weighted mean of four terms in
 * [0, 1] (docs/matching.md, "Scores"). Pure: plain data in, score and explanation out.
 * A term without data is neutral (0.5) and says so: it then favours no municipality, which is
 * the honest answer when nothing is known, instead of a guess.
 */

/** What the match uses of a household; nothing else (least data). */
export type ScoreHousehold = {
  size: number;
  /** ISCO-08 major group (0-9) of the work experience, when known. */
  iscoMajorGroup: number | null;
  /** A municipality where family lives, when any. */
  tieMunicipalityCode: string | null;
  careNeed: boolean;
};

/** Shortage of one ISCO major group in a labour-market region, with where it comes from. */
export type ScoreShortage = { shortage: number; referenceDate: string; source: string; isExample: boolean };

/** What is known about a municipality for the scores. */
export type ScoreMunicipality = {
  code: string;
  /** Its labour-market region, when the classification was imported. */
  region: { code: string; name: string; isExample: boolean; shortages: ReadonlyMap<number, ScoreShortage> } | null;
  /** Entered by the municipality or province; null = not entered. */
  careAvailable: boolean | null;
  /** Available homes for 1-2, 3-4 and 5 or more persons; null = not entered. */
  homes: { small: number; medium: number; large: number } | null;
};

export const scoreTerms = ['labour', 'ties', 'care', 'dwelling'] as const;
export type ScoreTerm = (typeof scoreTerms)[number];

/** Why a term has its value (a code the UI words in Dutch or English). */
export type ScoreReason =
  | 'shortage'
  | 'no-isco'
  | 'no-region'
  | 'no-shortage'
  | 'tie-here'
  | 'tie-elsewhere'
  | 'no-tie'
  | 'care-available'
  | 'care-unavailable'
  | 'care-unknown'
  | 'no-care-need'
  | 'homes-share'
  | 'homes-unknown';

/** One term of the explanation: weight × value = contribution (weights sum to 1). */
export type ScoreTermExplanation = {
  term: ScoreTerm;
  weight: number;
  value: number;
  contribution: number;
  reason: ScoreReason;
  /** True when the term has no data and is 0.5 for every municipality. */
  neutral: boolean;
  /** Where the value comes from (file, table or who entered it), for the source line. */
  source: string;
  /** True when the value rests on invented example data ("voorbeeld"). */
  example: boolean;
};

export const neutralValue = 0.5;

/** The default weights (sum 1): work first, then family, care, and the fit of homes. */
export const defaultWeights: Readonly<Record<ScoreTerm, number>> = { labour: 0.4, ties: 0.3, care: 0.2, dwelling: 0.1 };

type TermValue = Omit<ScoreTermExplanation, 'term' | 'weight' | 'contribution'>;

const neutral = (reason: ScoreReason, source: string): TermValue => ({ value: neutralValue, reason, neutral: true, source, example: false });

/** Labour-market fit: the shortage of the household's occupation group in the municipality's region. */
export function labourTerm(household: ScoreHousehold, municipality: ScoreMunicipality): TermValue {
  if (household.iscoMajorGroup === null) {
    return neutral('no-isco', 'household: no work experience recorded');
  }
  if (municipality.region === null) {
    return neutral('no-region', `${municipality.code}: no labour-market region imported`);
  }
  const shortage = municipality.region.shortages.get(household.iscoMajorGroup);
  if (shortage === undefined) {
    return neutral('no-shortage', `${municipality.region.name}: no shortage for ISCO ${household.iscoMajorGroup}`);
  }
  return {
    value: shortage.shortage,
    reason: 'shortage',
    neutral: false,
    source: `${municipality.region.name}, ISCO ${household.iscoMajorGroup}, peildatum ${shortage.referenceDate}; ${shortage.source}`,
    example: shortage.isExample || municipality.region.isExample,
  };
}

/** Family ties: 1 in the municipality where family lives, 0 elsewhere; neutral without ties. */
export function tiesTerm(household: ScoreHousehold, municipality: ScoreMunicipality): TermValue {
  if (household.tieMunicipalityCode === null) {
    return neutral('no-tie', 'household: no family ties recorded');
  }
  const here = household.tieMunicipalityCode === municipality.code;
  return { value: here ? 1 : 0, reason: here ? 'tie-here' : 'tie-elsewhere', neutral: false, source: 'household: family ties', example: false };
}

/** Care: for a household that needs it, 1 where care is available, 0 where not, 0.5 if not entered. */
export function careTerm(household: ScoreHousehold, municipality: ScoreMunicipality): TermValue {
  if (!household.careNeed) {
    return neutral('no-care-need', 'household: no care need');
  }
  if (municipality.careAvailable === null) {
    return neutral('care-unknown', `${municipality.code}: care not entered`);
  }
  const available = municipality.careAvailable;
  return { value: available ? 1 : 0, reason: available ? 'care-available' : 'care-unavailable', neutral: false, source: `${municipality.code}: care as entered`, example: false };
}

/** Dwelling fit: the share of the municipality's available homes that suit the household's size. */
export function dwellingTerm(household: ScoreHousehold, municipality: ScoreMunicipality): TermValue {
  const homes = municipality.homes;
  const total = homes === null ? 0 : homes.small + homes.medium + homes.large;
  if (homes === null || total === 0) {
    return neutral('homes-unknown', `${municipality.code}: available homes not entered`);
  }
  const fitting = household.size <= 2 ? homes.small : household.size <= 4 ? homes.medium : homes.large;
  return { value: fitting / total, reason: 'homes-share', neutral: false, source: `${municipality.code}: available homes as entered`, example: false };
}
