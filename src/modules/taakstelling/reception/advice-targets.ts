// SPDX-License-Identifier: EUPL-1.2
/**
 * The reception-place targets the PCL advice (March 2016) states, with the advice as their
 * source. They are shown wherever no target was entered for the same scope and kind, so a fresh
 * installation shows real targets with their source, and nothing is invented:
 *   - 500 emergency places (noodopvang, 3 to 6 months) per safety region, due before the end of
 *     2015 — for every safety region a coordinator entered (no membership list is shipped);
 *   - 2,500 structural places per province for 2016 and later;
 *   - about 3,000 extra places in total for the province of Utrecht.
 */
import type { SourceRow } from '../taakstelling.repository.ts';

const adviceSourceId = 'pcl-advies-utrecht-2016';

export const adviceSource: SourceRow = {
  id: adviceSourceId,
  publisher: 'Provinciale Commissie Leefomgeving (PCL) Utrecht',
  title: 'Tien kansen voor de provincie Utrecht bij de opvang, huisvesting en integratie van vluchtelingen (advies, maart 2016)',
  publisherTable: null,
  referenceDate: null,
  url: null,
  licence: null,
  note:
    'Footnote on the first page: "Het Rijk heeft aan de Veiligheidsregio\'s gevraagd om per Veiligheidsregio 500 ' +
    'opvangplekken te leveren voor een periode van 3 tot 6 maanden (noodopvang), gerealiseerd voor het einde van 2015. ' +
    'In aanvulling hierop is aan de provincies gevraagd om per provincie een grote locatie van 2500 plekken te leveren ' +
    'voor 2016 en verder (structurele opvang, dit kunnen ook meerdere kleinere locaties zijn)." Introduction: "het ' +
    'realiseren van 3000 extra opvangplekken voor vluchtelingen" in the province of Utrecht. The advice cites the ' +
    'Bestuurlijke tijdslijn vluchtelingenvraagstuk (27-1-2016) and the Bestuursakkoord Verhoogde Asielinstroom (27-11-2015).',
};

export type AdviceTarget = {
  scopeKind: 'safety_region' | 'province';
  kind: 'emergency' | 'structural' | 'total';
  places: number;
  approximate: boolean;
  periodLabel: string;
  dueDate: string | null;
};

export const emergencyPerSafetyRegion: AdviceTarget = {
  scopeKind: 'safety_region',
  kind: 'emergency',
  places: 500,
  approximate: false,
  periodLabel: '3 tot 6 maanden, 2015-2016',
  dueDate: '2015-12-31',
};

export const structuralPerProvince: AdviceTarget = {
  scopeKind: 'province',
  kind: 'structural',
  places: 2500,
  approximate: false,
  periodLabel: '2016 en verder',
  dueDate: null,
};

/** Province-specific totals the advice names (only Utrecht's). */
export const provinceTotals: Record<string, AdviceTarget> = {
  PV26: { scopeKind: 'province', kind: 'total', places: 3000, approximate: true, periodLabel: '2015-2016', dueDate: null },
};
