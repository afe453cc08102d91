// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../lib/api-client.ts';
import { refusalOf } from './refusal.ts';

const problem = (extra: Record<string, unknown>): Problem => ({ title: 'Invoer klopt niet', status: 422, code: 'VALIDATION_FAILED', ...extra });

describe('[LOCATIONS] reasons of refusals', () => {
  it('reads a step back with the current status and its date', () => {
    expect(refusalOf(problem({ rule: 'backwards', currentStatus: 'open', currentSince: '2016-05-01' }))).toEqual({
      key: 'locations.refusal.backwards',
      values: { status: 'open', since: '2016-05-01' },
    });
  });

  it('reads a count for a closed location', () => {
    expect(refusalOf(problem({ rule: 'location_closed' }))).toEqual({ key: 'locations.refusal.location_closed', values: {} });
  });

  it('gives nothing for an unknown or missing rule', () => {
    expect(refusalOf(problem({ rule: 'something_else' }))).toBeNull();
    expect(refusalOf(problem({}))).toBeNull();
  });
});
