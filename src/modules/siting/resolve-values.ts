// SPDX-License-Identifier: EUPL-1.2
/**
 * Where each value of a weighing comes from. For one candidate (a registered location) and one
 * criterion the value is, in this order: entered for this scenario (with its source), or derived
 * from data the product holds, by the criterion's measure:
 *
 * - size_curve: the capacity in the register through the size curve (engine/curves.ts);
 * - population_density, address_density: CBS inhabitants per km², or CBS addresses per km² around
 *   an address (omgevingsadressendichtheid), of the wijk the site lies in (CBS 2016 wijk boundary,
 *   matched by name to the latest KWB year with a figure), else of the municipality; the shipped
 *   wijk tables have no address density, so that one is municipal today (and says so);
 * - facility_distance: great-circle km to the nearest facility of that kind in the imported layers
 *   covering the site's municipality; for supermarkets else CBS "afstand tot grote supermarkt"
 *   (wijk, else gemeente);
 * - cost_per_place: the location's own costs (locations/cost-per-place.ts);
 * - time_to_realise: months from the scenario date to the planned start.
 *
 * Otherwise the value is missing and says how to supply it. Every value explains itself in Dutch
 * and English and lists its source ids. Pure: the context is loaded by load-weighing.ts.
 */
import { costPerPlacePerYear } from '../locations/cost-per-place.ts';
import type { LocationRecord } from '../locations/location.repository.ts';
import { areaContaining, type PlacementArea } from '../locations/placement.ts';
import type { AreaFigureRecord, MunicipalDensityRecord } from './area-figures.repository.ts';
import { sizePreference } from './engine/curves.ts';
import { buildFacilityIndex, nearestFacility, type FacilityIndex } from './engine/nearest.ts';
import type { FacilityRecord, LayerRecord } from './facility.repository.ts';
import type { CriterionRecord, ValueRecord } from './scenario.repository.ts';

export type Origin = 'entered' | 'register' | 'cbs' | 'layer' | 'missing';
export type Explained = { nl: string; en: string };

export type ResolvedValue = {
  criterionId: string;
  value: number | null;
  origin: Origin;
  /** For CBS figures: the level the site could be placed at. */
  level: 'wijk' | 'gemeente' | null;
  explain: Explained;
  sourceIds: string[];
  entered: { source: string; note: string | null; enteredBy: string; enteredAt: string } | null;
};

export type ResolutionContext = {
  referenceDate: string;
  wijken: { year: number; sourceId: string; areas: PlacementArea[] } | undefined;
  areaFigures: AreaFigureRecord[];
  densities: Map<string, MunicipalDensityRecord>;
  /** CBS omgevingsadressendichtheid per municipality. */
  addressDensities: Map<string, MunicipalDensityRecord>;
  layers: LayerRecord[];
  facilities: Map<string, FacilityRecord[]>;
  entered: Map<string, ValueRecord>;
  /** Built on first use, per layer. */
  indexes?: Map<string, FacilityIndex>;
};

export const valueKey = (locationId: string, criterionId: string): string => `${locationId}\u0000${criterionId}`;

const nl = (x: number, digits = 0) => x.toLocaleString('nl-NL', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const en = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const found = (criterionId: string, value: number, origin: Origin, explain: Explained, sourceIds: string[], level: ResolvedValue['level'] = null): ResolvedValue => ({
  criterionId, value, origin, level, explain, sourceIds, entered: null,
});
const missing = (criterionId: string, explain: Explained): ResolvedValue => ({
  criterionId, value: null, origin: 'missing', level: null, explain, sourceIds: [], entered: null,
});

/** A wijk name without its "Wijk 01 " prefix and punctuation, for matching 2016 names to later years. */
export const normaliseWijkName = (name: string): string =>
  name.toLowerCase().replace(/^wijk\s+\d+\s*/, '').replace(/[.,'’]/g, ' ').replace(/\s+/g, ' ').trim();

/** The wijk (2016 boundary) the site lies in, within its own municipality. */
function wijkOf(location: LocationRecord, ctx: ResolutionContext): PlacementArea | undefined {
  const own = ctx.wijken?.areas.filter((a) => `GM${a.code.slice(2, 6)}` === location.municipality_code) ?? [];
  return areaContaining(own, { lon: location.longitude, lat: location.latitude });
}

/** The latest KWB wijk row with a figure, for the site's wijk matched by name. */
function wijkFigure(location: LocationRecord, ctx: ResolutionContext, pick: (r: AreaFigureRecord) => number | null) {
  const wijk = wijkOf(location, ctx);
  if (!wijk) {
    return undefined;
  }
  const name = normaliseWijkName(wijk.name);
  const named = ctx.areaFigures.filter((r) => r.level === 'wijk' && r.municipality_code === location.municipality_code && normaliseWijkName(r.name) === name);
  const row = named.find((r) => pick(r) !== null);
  return row ? { wijk, row, value: pick(row) as number, named: true } : { wijk, row: undefined, value: undefined, named: named.length > 0 };
}

function placedIn(wijk: PlacementArea, row: AreaFigureRecord, ctx: ResolutionContext): Explained {
  return {
    nl: `de locatie ligt in wijk "${wijk.name}" volgens de CBS-wijkgrens ${ctx.wijken?.year} (vereenvoudigd), op naam gekoppeld aan ${row.year}`,
    en: `the site lies in wijk "${wijk.name}" by the CBS ${ctx.wijken?.year} wijk boundary (generalised), matched by name to ${row.year}`,
  };
}

/** What a density criterion measures: the figure of a wijk row, the municipal figures, its words. */
type DensityKind = {
  pick: (r: AreaFigureRecord) => number | null;
  municipal: (ctx: ResolutionContext) => Map<string, MunicipalDensityRecord>;
  unit: Explained;
  /** What is missing, e.g. "CBS-bevolkingsdichtheid". */
  what: Explained;
};

const densityKinds: Record<'population_density' | 'address_density', DensityKind> = {
  population_density: {
    pick: (r) => r.density,
    municipal: (ctx) => ctx.densities,
    unit: { nl: 'inwoners/km²', en: 'inhabitants/km²' },
    what: { nl: 'CBS-bevolkingsdichtheid', en: 'CBS population density' },
  },
  address_density: {
    pick: (r) => r.address_density,
    municipal: (ctx) => ctx.addressDensities,
    unit: { nl: 'adressen/km² (omgevingsadressendichtheid)', en: 'addresses/km² (CBS address density)' },
    what: { nl: 'CBS-omgevingsadressendichtheid', en: 'CBS address density' },
  },
};

/**
 * A density at the finest level the shipped data can place the site in: its wijk (2016 boundary,
 * matched by name to the latest KWB year with a figure), else its municipality; the value says
 * which level, and why not the wijk.
 */
function density(criterion: CriterionRecord, location: LocationRecord, ctx: ResolutionContext, kind: DensityKind): ResolvedValue {
  const id = criterion.criterionId;
  const atWijk = wijkFigure(location, ctx, kind.pick);
  if (atWijk?.row && atWijk.value !== undefined) {
    const where = placedIn(atWijk.wijk, atWijk.row, ctx);
    return found(id, atWijk.value, 'cbs', {
      nl: `${nl(atWijk.value)} ${kind.unit.nl} in wijk "${atWijk.row.name}" (${location.municipality_name}), CBS ${atWijk.row.year}; ${where.nl}.`,
      en: `${en(atWijk.value)} ${kind.unit.en} in wijk "${atWijk.row.name}" (${location.municipality_name}), CBS ${atWijk.row.year}; ${where.en}.`,
    }, [atWijk.row.source_id, ctx.wijken?.sourceId as string], 'wijk');
  }
  const municipal = kind.municipal(ctx).get(location.municipality_code);
  if (!municipal) {
    return missing(id, {
      nl: `Geen ${kind.what.nl} voor ${location.municipality_name}: laad de regiogegevens of vul de waarde in.`,
      en: `No ${kind.what.en} for ${location.municipality_name}: load the regional data or enter the value.`,
    });
  }
  const why = !atWijk
    ? { nl: 'de locatie in geen geladen wijkgrens valt', en: 'the site lies in no loaded wijk boundary' }
    : atWijk.named
      ? { nl: `de CBS-wijktabellen dit cijfer niet hebben voor wijk "${atWijk.wijk.name}"`, en: `the CBS wijk tables have no such figure for wijk "${atWijk.wijk.name}"` }
      : { nl: `wijk "${atWijk.wijk.name}" geen cijfer met dezelfde naam heeft in een later jaar`, en: `wijk "${atWijk.wijk.name}" has no figure under the same name in a later year` };
  return found(id, municipal.density, 'cbs', {
    nl: `${nl(municipal.density)} ${kind.unit.nl} in de gemeente ${location.municipality_name} (CBS, peildatum ${municipal.reference_date}); gemeenteniveau omdat ${why.nl}.`,
    en: `${en(municipal.density)} ${kind.unit.en} in the municipality of ${location.municipality_name} (CBS, ${municipal.reference_date}); municipal level because ${why.en}.`,
  }, [municipal.source_id], 'gemeente');
}

function indexOf(ctx: ResolutionContext, layerId: string): FacilityIndex {
  ctx.indexes ??= new Map();
  let index = ctx.indexes.get(layerId);
  if (!index) {
    index = buildFacilityIndex((ctx.facilities.get(layerId) ?? []).map((f) => ({ lon: f.longitude, lat: f.latitude })));
    ctx.indexes.set(layerId, index);
  }
  return index;
}

function distance(criterion: CriterionRecord, location: LocationRecord, ctx: ResolutionContext): ResolvedValue {
  const id = criterion.criterionId;
  const kind = criterion.facilityKind as string;
  const covering = ctx.layers.filter((l) => l.kind === kind && (l.coverageMunicipalities === null || l.coverageMunicipalities.includes(location.municipality_code)));
  let best: { layer: LayerRecord; km: number; name: string | null } | undefined;
  for (const layer of covering) {
    const nearest = nearestFacility(indexOf(ctx, layer.id), { lon: location.longitude, lat: location.latitude });
    if (nearest && (!best || nearest.km < best.km)) {
      best = { layer, km: nearest.km, name: ctx.facilities.get(layer.id)?.[nearest.index]?.name ?? null };
    }
  }
  if (best) {
    const what = best.name ? ` ("${best.name}")` : '';
    return found(id, best.km, 'layer', {
      nl: `${nl(best.km, 2)} km hemelsbreed tot de dichtstbijzijnde${what} in de laag "${best.layer.name}".`,
      en: `${en(best.km, 2)} km as the crow flies to the nearest${what} in the layer "${best.layer.name}".`,
    }, [best.layer.sourceId]);
  }
  if (kind === 'supermarket') {
    const atWijk = wijkFigure(location, ctx, (r) => r.supermarket_km);
    if (atWijk?.row && atWijk.value !== undefined) {
      const where = placedIn(atWijk.wijk, atWijk.row, ctx);
      return found(id, atWijk.value, 'cbs', {
        nl: `${nl(atWijk.value, 1)} km: gemiddelde afstand van inwoners van wijk "${atWijk.row.name}" tot een grote supermarkt (CBS ${atWijk.row.year}); ${where.nl}.`,
        en: `${en(atWijk.value, 1)} km: mean distance of the residents of wijk "${atWijk.row.name}" to a large supermarket (CBS ${atWijk.row.year}); ${where.en}.`,
      }, [atWijk.row.source_id, ctx.wijken?.sourceId as string], 'wijk');
    }
    const municipal = ctx.areaFigures.find((r) => r.level === 'gemeente' && r.municipality_code === location.municipality_code && r.supermarket_km !== null);
    if (municipal) {
      const km = municipal.supermarket_km as number;
      return found(id, km, 'cbs', {
        nl: `${nl(km, 1)} km: gemiddelde afstand van inwoners van de gemeente ${location.municipality_name} tot een grote supermarkt (CBS ${municipal.year}); geen supermarktlaag dekt deze gemeente.`,
        en: `${en(km, 1)} km: mean distance of the residents of ${location.municipality_name} to a large supermarket (CBS ${municipal.year}); no supermarket layer covers this municipality.`,
      }, [municipal.source_id], 'gemeente');
    }
  }
  return missing(id, {
    nl: `Geen laag "${kind}" dekt ${location.municipality_name}: importeer een laag of vul de afstand in.`,
    en: `No "${kind}" layer covers ${location.municipality_name}: import a layer or enter the distance.`,
  });
}

function fromRegister(criterion: CriterionRecord, location: LocationRecord, ctx: ResolutionContext): ResolvedValue {
  const id = criterion.criterionId;
  if (criterion.measure === 'size_curve') {
    const value = sizePreference(location.capacity);
    const formula = location.capacity <= 500 ? '1 (≤ 500)' : `500 / ${location.capacity} = ${value.toFixed(3)}`;
    return found(id, value, 'register', { nl: `Capaciteit ${nl(location.capacity)} plaatsen → ${formula}.`, en: `Capacity ${en(location.capacity)} places → ${formula}.` }, []);
  }
  if (criterion.measure === 'cost_per_place') {
    const cost = costPerPlacePerYear({
      capacity: location.capacity,
      oneOffCostEur: location.one_off_cost_eur,
      yearlyCostEur: location.yearly_cost_eur,
      plannedFrom: location.planned_from,
      plannedUntil: location.planned_until,
    });
    if (cost.eur === null) {
      return missing(id, { nl: `Geen kosten per plaats: ${cost.reason}. Vul de kosten van de locatie in.`, en: `No cost per place: ${cost.reason}. Enter the location's costs.` });
    }
    const source = location.cost_source ? ` (${location.cost_source})` : '';
    return found(id, cost.eur, 'register', { nl: `EUR ${nl(cost.eur)} = ${cost.formula}${source}.`, en: `EUR ${en(cost.eur)} = ${cost.formula}${source}.` }, []);
  }
  if (criterion.measure === 'time_to_realise' && location.planned_from) {
    const days = (Date.parse(location.planned_from) - Date.parse(ctx.referenceDate)) / 86_400_000;
    const months = Math.max(0, days / 30.4375);
    return found(id, months, 'register', {
      nl: `Geplande start ${location.planned_from}: ${nl(months, 1)} maanden na de scenariodatum ${ctx.referenceDate}.`,
      en: `Planned start ${location.planned_from}: ${en(months, 1)} months after the scenario date ${ctx.referenceDate}.`,
    }, []);
  }
  return missing(id, { nl: 'Nog niet ingevuld voor deze kandidaat.', en: 'Not entered for this candidate yet.' });
}

/** The value of one criterion for one candidate, with where it comes from. */
export function resolveValue(criterion: CriterionRecord, location: LocationRecord, ctx: ResolutionContext): ResolvedValue {
  const entered = ctx.entered.get(valueKey(location.id, criterion.criterionId));
  if (entered) {
    const note = entered.note ? ` (${entered.note})` : '';
    return {
      criterionId: criterion.criterionId,
      value: entered.value,
      origin: 'entered',
      level: null,
      explain: { nl: `Ingevuld: ${entered.source}${note}.`, en: `Entered: ${entered.source}${note}.` },
      sourceIds: [],
      entered: { source: entered.source, note: entered.note, enteredBy: entered.enteredBy, enteredAt: new Date(entered.enteredAt).toISOString() },
    };
  }
  if (criterion.measure === 'population_density' || criterion.measure === 'address_density') {
    return density(criterion, location, ctx, densityKinds[criterion.measure]);
  }
  if (criterion.measure === 'facility_distance') {
    return distance(criterion, location, ctx);
  }
  return fromRegister(criterion, location, ctx);
}
