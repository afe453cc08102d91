// SPDX-License-Identifier: EUPL-1.2
/**
 * Which message the agreement form shows at each field after the API refused it: the problem
 * names the field (`body.persons`, `body.for`, ...), and a refusal above the surplus carries the
 * surplus (a number) or null when the housing municipality has no forecast for the period.
 * Pure, for the form and its test.
 */
import { problemFields, type Problem } from '../../../lib/api-client.ts';

export type PersonsRefusal = { kind: 'exceeds'; surplus: number } | { kind: 'noSurplus' } | { kind: 'invalid' };

export type AgreementRefusal = { fields: string[]; persons: PersonsRefusal | null };

export function agreementRefusal(problem: Problem | null): AgreementRefusal {
  if (!problem) {
    return { fields: [], persons: null };
  }
  const fields = problemFields(problem);
  if (!fields.includes('persons')) {
    return { fields, persons: null };
  }
  const surplus = (problem as Problem & { surplus?: unknown }).surplus;
  if (typeof surplus === 'number') {
    return { fields, persons: { kind: 'exceeds', surplus } };
  }
  return { fields, persons: surplus === null ? { kind: 'noSurplus' } : { kind: 'invalid' } };
}
