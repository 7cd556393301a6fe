/** The scenario settings a facility allows, from its data: its place's household baselines and its timeline. */
import { dataUpdatedOn, findFacility, getPlace } from '../data/load';
import type { ScenarioContext } from './scenario';

/** The first date that is a whole day on or after the facility's first event ("2024-06" → "2024-06-01"). */
function firstDay(iso: string): string {
  return iso.length === 10 ? iso : iso.length === 7 ? `${iso}-01` : `${iso}-01-01`;
}

export function scenarioContext(facilityId: string): ScenarioContext | undefined {
  const facility = findFacility(facilityId);
  if (facility === undefined) return undefined;
  const place = getPlace(facility.placeId);
  const first = facility.timeline[0];
  if (first === undefined) throw new Error(`Facility "${facility.id}" has no timeline`);
  return {
    householdIds: place.householdBaselines.map((b) => b.id),
    defaultHouseholdId: place.defaultHouseholdBaselineId,
    firstDate: firstDay(first.date),
    // the data's own date, not the clock: a page's settings and bytes do not change with the day
    lastDate: dataUpdatedOn(),
  };
}
