// SPDX-License-Identifier: EUPL-1.2
/**
 * Why an offer fits a household, as text. The server sends reasons as a code and a detail (a match)
 * or as "code:detail" (kept with a referral); the screens translate the code and show the detail.
 */

export type Reason = { code: string; detail: string };

const known = new Set(['isco_exact', 'isco_major', 'education_meets', 'language_meets', 'interest']);

/** Splits a stored reason "language_meets:A2 ≥ A1" into code and detail. */
export function parseReason(text: string): Reason {
  const at = text.indexOf(':');
  return at < 0 ? { code: text, detail: '' } : { code: text.slice(0, at), detail: text.slice(at + 1) };
}

/**
 * The translation key of a reason and its detail; for an interest the detail is itself a code
 * (`detailKey`, e.g. offers.interests.sport). An unknown code is shown as it came.
 */
export function reasonMessage(reason: Reason): { key: string; detail: string; detailKey: string | null } {
  if (!known.has(reason.code)) {
    return { key: 'offers.reasons.other', detail: reason.detail ? `${reason.code}: ${reason.detail}` : reason.code, detailKey: null };
  }
  return { key: `offers.reasons.${reason.code}`, detail: reason.detail, detailKey: reason.code === 'interest' ? `offers.interests.${reason.detail}` : null };
}
