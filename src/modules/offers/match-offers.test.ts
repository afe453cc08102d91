// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { matchOffer, matchOffers, type MatchOffer, type MatchProfile } from './match-offers.ts';

const profile: MatchProfile = { dutchLevel: 'A2', iscoGroup: '72', iscedLevel: 3, interests: ['sport', 'technology'] };
const offer = (overrides: Partial<MatchOffer>): MatchOffer => ({ id: 'o', iscoGroups: [], minIscedLevel: null, minDutchLevel: null, interests: [], ...overrides });

describe('[OFFERS] matching offers to a household', () => {
  it.each([
    ['same ISCO sub-major group', offer({ iscoGroups: ['72'] }), 3, ['isco_exact']],
    ['same ISCO major group', offer({ iscoGroups: ['71'] }), 2, ['isco_major']],
    ['a shared interest', offer({ interests: ['sport', 'culture'] }), 1, ['interest']],
    ['Dutch level met', offer({ minDutchLevel: 'A2', interests: ['technology'] }), 2, ['language_meets', 'interest']],
    ['education met', offer({ minIscedLevel: 3 }), 1, ['education_meets']],
  ])('%s', (_label, candidate, score, codes) => {
    const match = matchOffer(profile, candidate);
    expect(match?.score).toBe(score);
    expect(match?.reasons.map((reason) => reason.code)).toEqual(codes);
  });

  it.each([
    ['Dutch level too low', offer({ minDutchLevel: 'B1', iscoGroups: ['72'] })],
    ['education too low', offer({ minIscedLevel: 4, interests: ['sport'] })],
    ['nothing in common', offer({ iscoGroups: ['22'], interests: ['nature'] })],
  ])('leaves out an offer: %s', (_label, candidate) => {
    expect(matchOffer(profile, candidate)).toBeUndefined();
  });

  it('needs an assessed level when the offer asks one', () => {
    expect(matchOffer({ ...profile, dutchLevel: null }, offer({ minDutchLevel: 'A1', interests: ['sport'] }))).toBeUndefined();
  });

  it('sorts best first and keeps the given order for equal scores', () => {
    const offers = [offer({ id: 'a', interests: ['sport'] }), offer({ id: 'b', iscoGroups: ['72'] }), offer({ id: 'c', interests: ['technology'] })];
    expect(matchOffers(profile, offers).map((m) => m.offerId)).toEqual(['b', 'a', 'c']);
  });
});
