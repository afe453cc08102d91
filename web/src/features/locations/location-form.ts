// SPDX-License-Identifier: EUPL-1.2
/**
 * The location form's values (text, as typed) turned into the API's input. Numbers may be typed
 * the Dutch way (52,0907); a value that is no number is named here, before anything is sent, and
 * the server checks the rest (range, municipality, lifecycle) and names the field it refuses.
 */
import type { CreateLocationInput, Location, UpdateLocationInput } from './api/locations-api.ts';

/** Every field of the form, as text. */
export type LocationFormValues = {
  name: string;
  address: string;
  latitude: string;
  longitude: string;
  kind: string;
  buildingType: string;
  capacity: string;
  plannedFrom: string;
  plannedUntil: string;
  owner: string;
  operator: string;
  oneOffCostEur: string;
  yearlyCostEur: string;
  costSource: string;
};

export type LocationFormField = keyof LocationFormValues;

/** An empty form (a structural location in an office, as most in 2016 were, is only a default). */
export const emptyLocationForm: LocationFormValues = {
  name: '',
  address: '',
  latitude: '',
  longitude: '',
  kind: 'structural',
  buildingType: 'office',
  capacity: '',
  plannedFrom: '',
  plannedUntil: '',
  owner: '',
  operator: '',
  oneOffCostEur: '',
  yearlyCostEur: '',
  costSource: '',
};

/** The form filled with a registered location, for editing. */
export function formOf(location: Location): LocationFormValues {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    name: location.name,
    address: text(location.address),
    latitude: String(location.latitude),
    longitude: String(location.longitude),
    kind: location.kind,
    buildingType: location.buildingType,
    capacity: String(location.capacity),
    plannedFrom: text(location.plannedFrom),
    plannedUntil: text(location.plannedUntil),
    owner: text(location.owner),
    operator: text(location.operator),
    oneOffCostEur: text(location.costs.oneOffEur),
    yearlyCostEur: text(location.costs.yearlyEur),
    costSource: text(location.costs.source),
  };
}

/** A number typed with a decimal comma or point; undefined when empty, NaN when not a number. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') {
    return undefined;
  }
  // "52,0907" is a decimal comma; "3.000.000" uses points to group thousands.
  const normalised = /^-?\d{1,3}(\.\d{3})+$/.test(trimmed) ? trimmed.replace(/\./g, '') : trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

export type ParsedLocationForm =
  | { ok: true; input: CreateLocationInput }
  | { ok: false; invalid: LocationFormField[] };

const numberFields = ['latitude', 'longitude', 'capacity', 'oneOffCostEur', 'yearlyCostEur'] as const;
const requiredFields: LocationFormField[] = ['name', 'latitude', 'longitude', 'capacity'];

/** The create input, or the fields that are empty or not a number. */
export function parseLocationForm(values: LocationFormValues): ParsedLocationForm {
  const invalid: LocationFormField[] = requiredFields.filter((field) => values[field].trim() === '');
  const numbers: Partial<Record<(typeof numberFields)[number], number>> = {};
  for (const field of numberFields) {
    const value = parseNumber(values[field]);
    if (Number.isNaN(value)) {
      invalid.push(field);
    } else if (value !== undefined) {
      numbers[field] = value;
    }
  }
  if (invalid.length > 0) {
    return { ok: false, invalid: [...new Set(invalid)] };
  }
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  const input: CreateLocationInput = {
    name: values.name.trim(),
    latitude: numbers.latitude as number,
    longitude: numbers.longitude as number,
    kind: values.kind as CreateLocationInput['kind'],
    buildingType: values.buildingType as CreateLocationInput['buildingType'],
    capacity: numbers.capacity as number,
  };
  const extras: Partial<CreateLocationInput> = {
    address: optional(values.address),
    plannedFrom: optional(values.plannedFrom),
    plannedUntil: optional(values.plannedUntil),
    owner: optional(values.owner),
    operator: optional(values.operator),
    oneOffCostEur: numbers.oneOffCostEur,
    yearlyCostEur: numbers.yearlyCostEur,
    costSource: optional(values.costSource),
  };
  for (const [key, value] of Object.entries(extras)) {
    if (value !== undefined) {
      (input as Record<string, unknown>)[key] = value;
    }
  }
  return { ok: true, input };
}

/** The change input for an edit: emptied optional fields are cleared (null). */
export function toUpdateInput(input: CreateLocationInput): UpdateLocationInput {
  return {
    name: input.name,
    latitude: input.latitude,
    longitude: input.longitude,
    kind: input.kind,
    buildingType: input.buildingType,
    capacity: input.capacity,
    address: input.address ?? null,
    plannedFrom: input.plannedFrom ?? null,
    plannedUntil: input.plannedUntil ?? null,
    owner: input.owner ?? null,
    operator: input.operator ?? null,
    oneOffCostEur: input.oneOffCostEur ?? null,
    yearlyCostEur: input.yearlyCostEur ?? null,
    costSource: input.costSource ?? null,
  };
}
