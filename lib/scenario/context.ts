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
 * The tons scenarios the region's figures can take: every kind that any gas-burning site has, with the
 * permit's caps by default. The region's pages read their settings through the featured facility's
 * context today; a region page that shows health figures should offer these.
 */
export function regionTonsCases(): { cases: TonsKind[]; defaultCase: TonsKind } {
  const kinds = new Set(listFacilities().flatMap((f) => tonsCasesOf(f.id)));
  const cases = TONS_KINDS.filter((k) => kinds.has(k));
  const defaultCase = cases.includes('permit') ? 'permit' : cases[0];
  if (defaultCase === undefined) throw new Error('No site has tons scenarios');
  return { cases, defaultCase };
}
