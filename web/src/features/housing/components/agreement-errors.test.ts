// SPDX-License-Identifier: EUPL-1.2
/** [HOUSING] the agreement form's field messages from the API's problems. */
import { describe, expect, it } from 'vitest';
import { agreementRefusal } from './agreement-errors.ts';

const base = { title: 'Ongeldige invoer', status: 400, code: 'VALIDATION_FAILED' };

describe('agreementRefusal', () => {
  it('explains an agreement above the surplus with the surplus', () => {
    expect(agreementRefusal({ ...base, field: 'body.persons', surplus: 42 } as never)).toEqual({ fields: ['persons'], persons: { kind: 'exceeds', surplus: 42 } });
  });

  it('says when the housing municipality has no surplus known at all', () => {
    expect(agreementRefusal({ ...base, field: 'body.persons', surplus: null } as never)).toEqual({ fields: ['persons'], persons: { kind: 'noSurplus' } });
  });

  it('asks for a whole number when the persons are not valid input', () => {
    expect(agreementRefusal({ ...base, field: 'body.persons', errors: [{ field: 'body.persons', message: 'Invalid input' }] })).toEqual({
      fields: ['persons'],
      persons: { kind: 'invalid' },
    });
  });

  it('marks other fields without a persons message, and nothing without a problem', () => {
    expect(agreementRefusal({ ...base, field: 'body.for' })).toEqual({ fields: ['for'], persons: null });
    expect(agreementRefusal(null)).toEqual({ fields: [], persons: null });
  });
});
