// SPDX-License-Identifier: EUPL-1.2
/**
 * What happens to a resident's text before it is stored: line breaks made uniform, invisible
 * direction and zero-width characters removed (they can disguise text), and e-mail addresses and
 * phone numbers masked for the public copy. Other control characters are refused by the schema.
 * HTML is not stripped here: text is stored as written and escaped wherever it is shown.
 */

/** C0 controls other than tab and line breaks, and DEL: refused (reaction.schema.ts). */
export const forbiddenControlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// Bidirectional overrides and isolates, zero-width characters and the BOM.
const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Dutch and international numbers: 06-12345678, 030 123 4567, +31 6 1234 5678, 0031612345678.
const phonePattern = /(?:\+|00)?\d[\d\s().-]{7,}\d/g;

/** The mask shown instead of an address or number. */
export const contactMask = '[…]';

/** Normalises a text: CRLF to LF, invisible characters out, trimmed. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(invisible, '').trim();
}

export type MaskedText = { text: string; containsContact: boolean };

/** Masks e-mail addresses and phone numbers (nine or more digits) for the public copy. */
export function maskContacts(text: string): MaskedText {
  let containsContact = false;
  const withoutEmail = text.replace(emailPattern, () => {
    containsContact = true;
    return contactMask;
  });
  const masked = withoutEmail.replace(phonePattern, (match) => {
    if (match.replace(/\D/g, '').length < 9) {
      return match;
    }
    containsContact = true;
    return contactMask;
  });
  return { text: masked, containsContact };
}
