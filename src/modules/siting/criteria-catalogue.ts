// SPDX-License-Identifier: EUPL-1.2
/**
 * The default criteria of a weighing, each with its rationale from the advice (PCL, "Kansen
 * creëren en communiceren", 8 March 2016, quoted from seed/000_9e2d857c960bacef.txt) and its data
 * source. The default weights are a starting point for the discussion, not a recommendation:
 * the province or municipality sets them per scenario. Financial aspects are one criterion among
 * several (kans 9), never the only one.
 */
import type { Direction } from './engine/types.ts';

export const measures = ['size_curve', 'population_density', 'address_density', 'facility_distance', 'cost_per_place', 'time_to_realise', 'entered'] as const;
export type Measure = (typeof measures)[number];
export const facilityKinds = ['supermarket', 'primary_school', 'gp', 'station', 'work', 'education', 'other'] as const;
export type FacilityKind = (typeof facilityKinds)[number];

export type CriterionDefinition = {
  id: string;
  labelNl: string;
  labelEn: string;
  direction: Direction;
  weight: number;
  measure: Measure;
  facilityKind: FacilityKind | null;
  unit: string;
  rationaleNl: string;
  rationaleEn: string;
  dataSource: string;
};

const advice = 'PCL-advies "Kansen creëren en communiceren", 8 maart 2016';

const facility = (id: string, kind: FacilityKind, nl: string, en: string, weight: number, fallback: string): CriterionDefinition => ({
  id,
  labelNl: `Afstand tot ${nl} (km)`,
  labelEn: `Distance to ${en} (km)`,
  direction: 'cost',
  weight,
  measure: 'facility_distance',
  facilityKind: kind,
  unit: 'km',
  rationaleNl: `"Zo kunnen contacten met omwonenden en organisaties in de omgeving worden gelegd en zijn voorzieningen voor de vluchtelingen gemakkelijker bereikbaar." (${advice}, kans 5)`,
  rationaleEn: `"In this way contacts with neighbours and local organisations can be made, and facilities are easier for the refugees to reach." (PCL advice, 8 March 2016, opportunity 5)`,
  dataSource: `Great-circle distance to the nearest ${en} in an imported facility layer that covers the municipality. ${fallback}`,
});

const inhabitedRationaleNl = `"Om ook al in het stadium van de opvang een begin te maken met integratie van de vluchtelingen in de samenleving, is het belangrijk dat de opvanglocaties in een bewoond gebied staan." "Grote, geïsoleerd liggende locaties bevorderen de integratie niet en moeten vermeden worden" (${advice}, kans 5)`;
const inhabitedRationaleEn =
  '"To start integration already during reception, it is important that reception locations are in an inhabited area." "Large, isolated locations do not further integration and must be avoided" (PCL advice, 8 March 2016, opportunity 5)';

export const defaultCriteria: CriterionDefinition[] = [
  {
    id: 'size',
    labelNl: 'Omvang (voorkeur tot 500 plaatsen)',
    labelEn: 'Size (preference up to 500 places)',
    direction: 'benefit',
    weight: 15,
    measure: 'size_curve',
    facilityKind: null,
    unit: 'score 0-1',
    rationaleNl: `"Kleine opvanglocaties (tot 500 personen) voor vluchtelingen hebben als voordeel dat zij een meer menselijke maat hebben voor de vluchtelingen, minder weerstand oproepen bij omwonenden en beter beheersbaar zijn uit het oogpunt van openbare orde en veiligheid." (${advice}, kans 5)`,
    rationaleEn: '"Small reception locations (up to 500 persons) have a more human scale for the refugees, meet less resistance from neighbours and are easier to manage for public order and safety." (PCL advice, 8 March 2016, opportunity 5)',
    dataSource: 'Capacity from the locations register; curve: 1 up to 500 places, then 500 / capacity (docs/siting.md).',
  },
  {
    id: 'inhabited_area',
    labelNl: 'Bewoond gebied (inwoners per km²)',
    labelEn: 'Inhabited area (inhabitants per km²)',
    direction: 'benefit',
    weight: 10,
    measure: 'population_density',
    facilityKind: null,
    unit: 'inwoners/km²',
    rationaleNl: inhabitedRationaleNl,
    rationaleEn: inhabitedRationaleEn,
    dataSource:
      'CBS Kerncijfers wijken en buurten 2023/2024 (bevolkingsdichtheid) of the wijk the site lies in (CBS 2016 wijk boundary, ' +
      'matched by name), else the CBS population density of the municipality. Each value says which level was used.',
  },
  {
    id: 'address_density',
    labelNl: 'Bewoond gebied (adressen per km² rond een adres)',
    labelEn: 'Inhabited area (addresses per km² around an address)',
    direction: 'benefit',
    weight: 5,
    measure: 'address_density',
    facilityKind: null,
    unit: 'adressen/km²',
    rationaleNl: inhabitedRationaleNl,
    rationaleEn: inhabitedRationaleEn,
    dataSource:
      'CBS omgevingsadressendichtheid (the mean number of addresses per km² within 1 km of each address) of the wijk the site lies in ' +
      'where a shipped CBS wijk table has it, else of the municipality (Kerncijfers wijken en buurten 2023). The shipped wijk tables ' +
      'have no address density, so today the level is the municipality; each value says which level was used.',
  },
  facility('supermarket_km', 'supermarket', 'supermarkt', 'supermarket', 5, 'Else the CBS figure "afstand tot grote supermarkt" (2023) of the wijk or municipality.'),
  facility('primary_school_km', 'primary_school', 'basisschool', 'primary school', 4, 'Else entered per candidate.'),
  facility('gp_km', 'gp', 'huisarts', 'general practitioner', 4, 'Else entered per candidate.'),
  facility('station_km', 'station', 'station', 'railway station', 4, 'Else entered per candidate.'),
  {
    id: 'neighbours',
    labelNl: 'Omwonenden (woningen binnen 250 m)',
    labelEn: 'Neighbours (homes within 250 m)',
    direction: 'cost',
    weight: 10,
    measure: 'entered',
    facilityKind: null,
    unit: 'woningen',
    rationaleNl: `"Door naast aandacht voor de vluchtelingen ook aandacht te hebben voor de belangen van omwonenden, kan de opvanglocatie goed ingebed worden in de omgeving en worden maatschappelijke problemen voorkómen." (${advice}, kans 5)`,
    rationaleEn: '"By paying attention to the interests of neighbours as well as to the refugees, the location can be embedded well and social problems are prevented." (PCL advice, 8 March 2016, opportunity 5)',
    dataSource: 'Entered per candidate with its source (e.g. a BAG count by the municipality); later also residents\u2019 reactions (issue 6).',
  },
  {
    id: 'cost_per_place',
    labelNl: 'Kosten per plaats per jaar (EUR)',
    labelEn: 'Cost per place per year (EUR)',
    direction: 'cost',
    weight: 10,
    measure: 'cost_per_place',
    facilityKind: null,
    unit: 'EUR',
    rationaleNl: `"De financiële aspecten moeten echter wel deel uitmaken van een bredere afweging, waarbij ook de draagkracht en het draagvlak in de samenleving en kansen voor een goede integratie van de vluchtelingen en vergunninghouders betrokken worden." (${advice}, kans 9)`,
    rationaleEn: '"Financial aspects must be part of a broader weighing that includes the carrying capacity and support in society and the chances of good integration." (PCL advice, 8 March 2016, opportunity 9)',
    dataSource:
      'The location\u2019s own costs in the register: (yearly + one-off / planned years) / capacity. For comparison only: COA 2022, ' +
      'EUR 27,100 (regular) and EUR 53,400 ((crisis) emergency) per resident per year.',
  },
  {
    id: 'time_to_realise',
    labelNl: 'Tijd tot realisatie (maanden)',
    labelEn: 'Time to realise (months)',
    direction: 'cost',
    weight: 8,
    measure: 'time_to_realise',
    facilityKind: null,
    unit: 'maanden',
    rationaleNl: `"Ook al is de situatie urgent en moet de opvang snel gerealiseerd worden, toch is het altijd nodig om rekening te houden met de situatie in de plaats waar de opvang wordt gerealiseerd." (${advice}, kans 5)`,
    rationaleEn: '"Even though the situation is urgent and reception must be realised quickly, the situation in the place where it is realised must always be taken into account." (PCL advice, 8 March 2016, opportunity 5)',
    dataSource: 'Months from the scenario date to the planned start in the register, or entered per candidate.',
  },
  {
    id: 'integration',
    labelNl: 'Integratiekansen: werk en onderwijs binnen bereik (1-5)',
    labelEn: 'Integration chances: work and education within reach (1-5)',
    direction: 'benefit',
    weight: 15,
    measure: 'entered',
    facilityKind: null,
    unit: 'score 1-5',
    rationaleNl: `"Zo blijkt dat een lang verblijf in een vluchtelingenopvang (weinig ruimte en privacy), onvoldoende beheersing van de Nederlandse taal, het lang moeten wachten voordat begonnen kan worden met een opleiding of werk leidt tot een ongunstige maatschappelijke positie" (${advice}, kans 7)`,
    rationaleEn: '"A long stay in reception, insufficient command of Dutch, and a long wait before education or work can start lead to an unfavourable position in society" (PCL advice, 8 March 2016, opportunity 7)',
    dataSource: 'Entered per candidate with its source (an assessment by the municipality and COA).',
  },
  {
    id: 'public_support',
    labelNl: 'Draagvlak (1-5)',
    labelEn: 'Public support (1-5)',
    direction: 'benefit',
    weight: 10,
    measure: 'entered',
    facilityKind: null,
    unit: 'score 1-5',
    rationaleNl: `"Om maatschappelijk draagvlak te ontwikkelen is het belangrijk om te investeren in een goede communicatie tussen de betrokken partijen" (${advice}, kans 10); "draagkracht en het draagvlak in de samenleving" (kans 9)`,
    rationaleEn: '"To build support in society it is important to invest in good communication between the parties involved" (PCL advice, 8 March 2016, opportunity 10)',
    dataSource: 'Entered per candidate with its source (e.g. a neighbourhood meeting); later also residents\u2019 reactions (issue 6).',
  },
];
