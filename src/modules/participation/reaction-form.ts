// SPDX-License-Identifier: EUPL-1.2
/**
 * From the posted HTML form (all strings) to a reaction input: empty optional fields dropped,
 * decimal commas accepted, and every problem as a plain-language message per field.
 */
import type { Lang } from '../../server/problem-messages.ts';
import { reactionInputSchema, type ReactionInput } from './participation.schema.ts';
import type { FormState } from './public-page.html.ts';
import { pageTexts } from './public-page.texts.ts';

const formFields = ['kind', 'text', 'longitude', 'latitude', 'email', 'website'] as const;

function firstString(value: unknown): string {
  if (Array.isArray(value)) {
    return firstString(value[0]);
  }
  return typeof value === 'string' ? value : '';
}

const toNumber = (value: string): number | string => {
  const cleaned = value.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : value;
};

export type ParsedForm = { input: ReactionInput | undefined; form: FormState };

export function formToInput(body: unknown, lang: Lang): ParsedForm {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const values = Object.fromEntries(formFields.map((field) => [field, firstString(record[field]).slice(0, 4000)]));
  const candidate: Record<string, unknown> = { kind: values.kind, text: values.text };
  for (const field of ['longitude', 'latitude'] as const) {
    if (values[field]?.trim()) {
      candidate[field] = toNumber(values[field]);
    }
  }
  if (values.email?.trim()) {
    candidate.email = values.email.trim();
  }
  if (values.website) {
    // Clipped, so that a bot's overlong honeypot value is still caught as a filled honeypot.
    candidate.website = values.website.slice(0, 500);
  }
  const parsed = reactionInputSchema.safeParse(candidate);
  const oneCoordinate = (candidate.longitude === undefined) !== (candidate.latitude === undefined);
  if (parsed.success && !oneCoordinate) {
    return { input: parsed.data, form: { values, errors: {} } };
  }
  const texts = pageTexts(lang).fieldErrors;
  const errors: Record<string, string> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = String(issue.path[0] ?? 'text');
    errors[field] ??= texts[field] ?? issue.message;
  }
  if (oneCoordinate) {
    const missing = candidate.longitude === undefined ? 'longitude' : 'latitude';
    errors[missing] ??= texts[missing] ?? 'required';
  }
  return { input: undefined, form: { values, errors } };
}
