// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateLevels, validateTrack } from './track-form.ts';

describe('track form checks', () => {
  const track = { kind: 'language', workKind: '', startedOn: '2024-03-01', endedOn: '' };

  it('accepts an open track and one that ends on or after its start', () => {
    expect(validateTrack(track)).toEqual({});
    expect(validateTrack({ ...track, endedOn: '2024-03-01' })).toEqual({});
  });

  it('puts "end before start" on the end date', () => {
    expect(validateTrack({ ...track, endedOn: '2024-02-29' })).toEqual({ endedOn: 'integration.errors.endBeforeStart' });
  });

  it('needs a start date, and a work kind for work', () => {
    expect(validateTrack({ ...track, startedOn: '' })).toEqual({ startedOn: 'integration.errors.dateNeeded' });
    expect(validateTrack({ ...track, kind: 'work' })).toEqual({ workKind: 'integration.errors.workKind' });
  });
});

describe('levels form checks', () => {
  const levels = { iscedLevel: '', iscoGroup: '', housedOn: '' };

  it.each(['0', '8', ' 3 '])('accepts ISCED level %s', (iscedLevel) => {
    expect(validateLevels({ ...levels, iscedLevel })).toEqual({});
  });

  it.each(['9', '-1', '2.5', 'B1'])('refuses ISCED level %s as outside the scale', (iscedLevel) => {
    expect(validateLevels({ ...levels, iscedLevel })).toEqual({ iscedLevel: 'integration.errors.iscedScale' });
  });

  it('refuses an ISCO group that is not 1 or 2 digits', () => {
    expect(validateLevels({ ...levels, iscoGroup: '712' })).toEqual({ iscoGroup: 'integration.errors.iscoGroup' });
  });
});
