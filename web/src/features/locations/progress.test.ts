// SPDX-License-Identifier: EUPL-1.2
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { againstTarget, areaOptions, targetsOfScope, type ProgressPoint, type Target } from './progress.ts';

const target = (overrides: Partial<Target>): Target => ({
  id: null,
  fromAdvice: true,
  scopeKind: 'province',
  scopeCode: 'PV26',
  scopeName: 'Utrecht',
  kind: 'total',
  places: 3000,
  approximate: false,
  periodLabel: '2016',
  dueDate: null,
  derivation: null,
  parentTargetId: null,
  realised: 0,
  locations: 0,
  percentage: null,
  how: '',
  sourceId: 'advice',
  register: null,
  ...overrides,
});

// A date on which 300 structural and 500 emergency places are open (test figures, not real ones).
const point: ProgressPoint = { date: '2016-04-01', places: 800, emergencyPlaces: 500, structuralPlaces: 300, otherPlaces: 0, locations: 2, occupied: 250, countedLocations: 1 };

describe('[LOCATIONS] places realised against the targets over time', () => {
  const targets = [
    target({ kind: 'structural', places: 2500 }),
    target({ kind: 'total', places: 3000 }),
    target({ scopeKind: 'safety_region', scopeCode: 'VR09', scopeName: 'Utrecht', kind: 'emergency', places: 1000 }),
  ];

  it("keeps the area's own targets only", () => {
    expect(targetsOfScope(targets, { scope: 'province', code: 'PV26' }).map((t) => t.kind)).toEqual(['structural', 'total']);
    expect(targetsOfScope(targets, { scope: 'safety_region', code: 'VR09' }).map((t) => t.places)).toEqual([1000]);
    expect(targetsOfScope(targets, { scope: 'municipality', code: 'GM0344' })).toEqual([]);
  });

  it('counts the places of the target kind: 300 / 2,500 = 12%, 800 / 3,000 = 26.7%, 500 / 1,000 = 50%', () => {
    expect(targets.map((t) => againstTarget(point, t))).toEqual([
      { realised: 300, percentage: 12 },
      { realised: 800, percentage: 26.7 },
      { realised: 500, percentage: 50 },
    ]);
    expect(againstTarget(point, target({ places: 0 }))).toEqual({ realised: 800, percentage: null });
  });

  it('offers the province, its safety regions with a target and every municipality', () => {
    const options = areaOptions({ code: 'PV26', name: 'Utrecht' }, targets, [
      { code: 'GM0344', name: 'Utrecht' },
      { code: 'GM0307', name: 'Amersfoort' },
    ]);
    expect(options.map((o) => o.value)).toEqual(['province:PV26', 'safety_region:VR09', 'municipality:GM0307', 'municipality:GM0344']);
  });
});
