/**
 * The scenario settings a facility allows, from its data: its place's household baselines, its timeline,
 * and the tons scenarios of its health figures (those of its concerns file; none where it burns no gas).
 */
import { dataUpdatedOn, findConcerns, findFacility, getPlace, listFacilities } from '../data/load';
import { TONS_KINDS, type TonsKind } from '../data/schemas/health';
import type { Facility } from '../data/schemas/facility';
import type { ScenarioContext } from './scenario';

/** The first date that is a whole day on or after the facility's first event ("2024-06" → "2024-06-01"). */
function firstDay(iso: string): string {
  return iso.length === 10 ? iso : iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
}

/** The kinds of tons scenario a facility has, in canonical order. */
function tonsCasesOf(facilityId: string): TonsKind[] {
  const kinds = new Set(findConcerns(facilityId)?.tons?.scenarios.map((s) => s.kind) ?? []);
  return TONS_KINDS.filter((k) => kinds.has(k));
}

/** Why a facility has no tons scenarios, in words for the error that names `tons`. */
export function noTonsReason(facility: Facility): string {
  const plant = listFacilities().find((f) => f.supplies.some((s) => s.facilityId === facility.id));
  if (plant !== undefined)
    return `${facility.shortName} burns no gas on site; its power comes from the ${plant.shortName}, whose tons are counted there, once`;
  return `${facility.shortName} has no gas turbines on record, so no tons to choose between`;
}

export function scenarioContext(facilityId: string): ScenarioContext | undefined {
  const facility = findFacility(facilityId);
  if (facility === undefined) return undefined;
  const place = getPlace(facility.placeId);
  const first = facility.timeline[0];
  if (first === undefined) throw new Error(`Facility "${facility.id}" has no timeline`);
  const cases = tonsCasesOf(facility.id);
  const defaultCase = findConcerns(facility.id)?.tons?.defaultKind;
  return {
    householdIds: place.householdBaselines.map((b) => b.id),
    defaultHouseholdId: place.defaultHouseholdBaselineId,
    firstDate: firstDay(first.date),
    // the data's own date, not the clock: a page's settings and bytes do not change with the day
    lastDate: dataUpdatedOn(),
    ...(defaultCase === undefined ? { noTons: noTonsReason(facility) } : { tons: { cases, defaultCase } }),
  };
}

/**
 * The tons settings of the region's pages: the kinds at least one gas-burning site has CONFIRMED (a kind
 * known only from reports of it is not offered: an unconfirmed figure is never in a sum). No kind is the
 * default: by default the region adds each site's own default scenario (all of the permitted equipment's
 * group; see lib/health/model.ts regionHealth).
 */
export function regionTonsCases(): { cases: TonsKind[]; defaultCase?: undefined } {
  const kinds = new Set(
    listFacilities().flatMap((f) => findConcerns(f.id)?.tons?.scenarios.filter((s) => s.confirmed).map((s) => s.kind) ?? []),
  );
  const cases = TONS_KINDS.filter((k) => kinds.has(k));
  if (cases.length === 0) throw new Error('No site has a confirmed tons scenario');
  return { cases };
}

/** The region's own default for `tons`, in words (for the settings' messages). */
export const REGION_TONS_DEFAULT = "each site's own";

/**
 * The settings of the region's pages (the front page, its report and handout, every facility side by
 * side, the region's downloads): the featured facility's place for the household baselines and dates,
 * and the region's tons settings (regionTonsCases()), not any one site's.
 */
export function regionScenarioContext(featuredId: string): ScenarioContext {
  const ctx = scenarioContext(featuredId);
  if (ctx === undefined) throw new Error(`Unknown featured facility "${featuredId}"`);
  const { tons, noTons, ...rest } = ctx;
  void tons;
  void noTons;
  return { ...rest, tons: regionTonsCases(), tonsDefaultIs: REGION_TONS_DEFAULT };
}
