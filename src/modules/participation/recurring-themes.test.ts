// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { contentWords, recurringThemes } from './recurring-themes.ts';

describe('[PARTICIPATION] recurring themes', () => {
  it('drops stop words, short words and numbers', () => {
    expect(contentWords('Wat gebeurt er met de verkeersveiligheid bij de school in 2026?')).toEqual([
      'gebeurt',
      'verkeersveiligheid',
      'school',
    ]);
  });

  it('counts a term once per reaction and orders by count, then alphabet', () => {
    const themes = recurringThemes([
      'Is de verkeersveiligheid bij de school geregeld? Verkeersveiligheid!',
      'Ik maak mij zorgen over de verkeersveiligheid.',
      'Kan ik helpen bij de taalles op school?',
      'Taalles geven wil ik graag.',
    ]);
    expect(themes).toEqual([
      { term: 'verkeersveiligheid', count: 2 },
      { term: 'school', count: 2 },
      { term: 'taalles', count: 2 },
    ].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)));
  });

  it('finds recurring two-word phrases', () => {
    const themes = recurringThemes(['Meer straatverlichting langs fietspad', 'straatverlichting langs het fietspad graag']);
    expect(themes.map((theme) => theme.term)).toContain('straatverlichting langs');
  });
});
