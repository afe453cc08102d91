// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { dutchLocalToIso, parseActivityForm } from './activity-form.ts';

const filled = {
  kind: 'language_cafe',
  title: 'Taalcafé in de bibliotheek',
  description: 'Samen Nederlands oefenen met koffie en thee.',
  startsAt: '2026-12-01T19:30',
  endsAt: '',
  schedule: 'elke dinsdag',
  place: 'Bibliotheek Neude, Utrecht',
  municipalityCode: 'GM0344',
  organiserName: 'Taalhuis Utrecht',
  organiserEmail: 'taalhuis@voorbeeld.nl',
  organiserUrl: '',
  website: '',
};

describe('[ACTIVITIES] the board form', () => {
  it.each([
    ['2026-12-01T19:30', '2026-12-01T19:30:00+01:00'],
    ['2026-07-01T10:00', '2026-07-01T10:00:00+02:00'],
    ['1 december', undefined],
  ])('reads %s as Dutch time', (local, iso) => {
    expect(dutchLocalToIso(local)).toBe(iso);
  });

  it('turns a filled form into input, leaving empty optional fields out', () => {
    const parsed = parseActivityForm(filled);
    expect(parsed.ok && parsed.input).toMatchObject({
      kind: 'language_cafe',
      startsAt: '2026-12-01T19:30:00+01:00',
      schedule: 'elke dinsdag',
    });
    expect(parsed.ok && parsed.input.endsAt).toBeUndefined();
  });

  it('names every field at fault and keeps what was typed', () => {
    const parsed = parseActivityForm({ ...filled, kind: 'party', organiserEmail: 'geen adres', title: '<b>' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.fields.sort()).toEqual(['kind', 'organiserEmail']);
    expect(parsed.values.title).toBe('<b>');
    const early = parseActivityForm({ ...filled, endsAt: '2026-11-30T10:00' });
    expect(!early.ok && early.fields).toEqual(['endsAt']);
  });
});
