// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { statusSchema } from '../../../../src/modules/locations/location.schema.ts';
import { acceptsOccupancy, nextStatuses, statusColour, statusOrder } from './status.ts';

describe('[LOCATIONS] lifecycle in the web app', () => {
  it('lists the statuses in the order of the API', () => {
    expect([...statusOrder]).toEqual(statusSchema.options);
  });

  const cases = [
    { name: 'an idea may go to assessment or decision, not further', current: 'idea', decision: null, expected: ['under_assessment', 'decided'] },
    { name: 'a "yes" decision opens the rest of the lifecycle', current: 'decided', decision: 'yes', expected: ['preparing', 'open', 'closing', 'closed'] },
    { name: 'after a "no" nothing follows', current: 'decided', decision: 'no', expected: [] },
    { name: 'a closed location has no next step', current: 'closed', decision: 'yes', expected: [] },
  ] as const;
  it.each(cases)('$name', ({ current, decision, expected }) => {
    expect(nextStatuses(current, decision)).toEqual(expected);
  });

  it('accepts counts only while persons can stay', () => {
    expect(statusOrder.filter(acceptsOccupancy)).toEqual(['preparing', 'open', 'closing']);
  });

  it('gives every status its own colour with at least 3:1 contrast on the map background', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
    };
    const background = luminance('#f9f9fa');
    const colours = statusOrder.map(statusColour);
    expect(new Set(colours).size).toBe(statusOrder.length);
    for (const colour of colours) {
      expect((background + 0.05) / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(3);
    }
  });
});
