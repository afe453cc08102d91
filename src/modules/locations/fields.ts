// SPDX-License-Identifier: EUPL-1.2
/** Field schemas shared by the locations and siting APIs. */
import { z } from 'zod';

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An ISO date (YYYY-MM-DD) that exists in the calendar, in 2000-2100. */
export const dateSchema = z
  .string()
  .regex(/^(20\d{2}|2100)-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD (2000-2100)')
  .refine(isCalendarDate, 'is not a date in the calendar');

// Control characters (a NUL byte above all) cannot be stored in PostgreSQL text and never belong
// in a name or an address; tabs and line breaks are allowed in longer texts only.
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const lineBreaks = /[\t\n\r]/;

/** A trimmed one-line text of 1..max characters. */
export const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !controlCharacters.test(s) && !lineBreaks.test(s), 'must be one line without control characters');

/** A trimmed text of 1..max characters; line breaks allowed. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !controlCharacters.test(s), 'must not contain control characters');

/** Whole euros, 0 up to 100 billion. */
export const euroSchema = z.number().int('must be whole euros').min(0).max(100_000_000_000);

/** The location id in a path. */
export const locationParamsSchema = z.object({ id: z.uuid('must be a location id') });
