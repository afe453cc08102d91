// SPDX-License-Identifier: EUPL-1.2
/**
 * The HTML form of the board as input for submitActivity: form fields are strings, dates come from
 * <input type="datetime-local"> in Dutch time, and empty optional fields mean "not given".
 */
import { activityInputSchema, type ActivityInput } from './activity.schema.ts';

/** The form's fields, as typed (for showing them again with the errors). */
export type ActivityFormValues = Record<(typeof formFields)[number], string>;

export const formFields = [
  'kind',
  'title',
  'description',
  'startsAt',
  'endsAt',
  'schedule',
  'place',
  'municipalityCode',
  'organiserName',
  'organiserEmail',
  'organiserUrl',
  'locationId',
  'website',
] as const;

/** ISO 8601 with the Europe/Amsterdam offset of that moment, from "2026-12-01T19:30". */
export function dutchLocalToIso(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    return undefined;
  }
  const asUtc = new Date(`${local}:00Z`);
  if (Number.isNaN(asUtc.getTime())) {
    return undefined;
  }
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(asUtc)
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1] ?? '+00:00';
  return `${local}:00${offset}`;
}

export type ParsedActivityForm =
  | { ok: true; input: ActivityInput; values: ActivityFormValues }
  | { ok: false; fields: string[]; values: ActivityFormValues };

/** Reads and checks the posted form; on failure, the names of the fields at fault. */
export function parseActivityForm(body: unknown): ParsedActivityForm {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const values = Object.fromEntries(
    formFields.map((field) => [field, typeof raw[field] === 'string' ? (raw[field] as string).slice(0, 4000) : '']),
  ) as ActivityFormValues;
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const candidate = {
    kind: values.kind,
    title: values.title,
    description: values.description,
    startsAt: dutchLocalToIso(values.startsAt) ?? values.startsAt,
    endsAt: optional(values.endsAt) && (dutchLocalToIso(values.endsAt) ?? values.endsAt),
    schedule: optional(values.schedule),
    place: values.place,
    municipalityCode: values.municipalityCode,
    organiserName: values.organiserName,
    organiserEmail: values.organiserEmail.trim(),
    organiserUrl: optional(values.organiserUrl.trim()),
    locationId: optional(values.locationId.trim()),
    website: optional(values.website),
  };
  const parsed = activityInputSchema.safeParse(Object.fromEntries(Object.entries(candidate).filter(([, v]) => v !== undefined)));
  if (!parsed.success) {
    return { ok: false, fields: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'title')))], values };
  }
  return { ok: true, input: parsed.data, values };
}
