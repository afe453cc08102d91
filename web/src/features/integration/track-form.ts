// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks of the track and level forms before they are sent, with the same rules as the server
 * (end not before start; a level on its scale), so the message appears at the field at once. The
 * server checks again and its problem also names the field.
 */

export type TrackFields = { kind: string; workKind: string; startedOn: string; endedOn: string };
export type LevelFields = { iscedLevel: string; iscoGroup: string; housedOn: string };

/** Field name → translation key of the message. */
export type FieldErrors = Partial<Record<string, string>>;

const isoDate = /^(19|20)\d{2}-\d{2}-\d{2}$/;

/** Errors of a track form: a start date is needed, the end may not lie before it, work needs its kind. */
export function validateTrack(fields: TrackFields): FieldErrors {
  const errors: FieldErrors = {};
  if (!isoDate.test(fields.startedOn)) {
    errors.startedOn = 'integration.errors.dateNeeded';
  }
  if (fields.endedOn !== '' && !isoDate.test(fields.endedOn)) {
    errors.endedOn = 'integration.errors.date';
  } else if (fields.endedOn !== '' && !errors.startedOn && fields.endedOn < fields.startedOn) {
    errors.endedOn = 'integration.errors.endBeforeStart';
  }
  if (fields.kind === 'work' && fields.workKind === '') {
    errors.workKind = 'integration.errors.workKind';
  }
  return errors;
}

/** Errors of the levels form: ISCED runs from 0 to 8, ISCO groups have 1 or 2 digits. */
export function validateLevels(fields: LevelFields): FieldErrors {
  const errors: FieldErrors = {};
  const isced = fields.iscedLevel.trim();
  if (isced !== '' && !(/^\d$/.test(isced) && Number(isced) <= 8)) {
    errors.iscedLevel = 'integration.errors.iscedScale';
  }
  if (fields.iscoGroup.trim() !== '' && !/^\d{1,2}$/.test(fields.iscoGroup.trim())) {
    errors.iscoGroup = 'integration.errors.iscoGroup';
  }
  if (fields.housedOn !== '' && !isoDate.test(fields.housedOn)) {
    errors.housedOn = 'integration.errors.date';
  }
  return errors;
}
