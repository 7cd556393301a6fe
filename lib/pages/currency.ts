/**
 * How current the data is, in dates that each mean one thing: when we last changed the data (the
 * change log's newest entry), the newest dated event any source on record describes, and, for a
 * site, the newest event on record for it, which can be earlier. All come from the data.
 */
import { dataUpdatedOn, findClaims, findConcerns, findFacility, listFacilities } from '../data/load';

export type Currency = {
  /** The newest entry in the change log: the last time the data changed. */
  dataUpdated: string;
  /** The newest dated event in any site's timeline or legal record. */
  latestEvent: string;
  /** For a site whose records end before the latest event: its name and the date they end. */
  siteRecordsEnd: { name: string; date: string } | undefined;
};

const latest = (dates: string[]) => dates.reduce((a, b) => (b > a ? b : a), '');

/** The newest dated event on record for a facility: its timeline, its legal record and the claims made about it. */
export function siteRecordsEnd(facilityId: string): string {
  const facility = findFacility(facilityId);
  return latest([
    ...(facility?.timeline.map((e) => e.date) ?? []),
    ...(findConcerns(facilityId)?.legalTimeline.map((e) => e.date) ?? []),
    ...(findClaims(facilityId)?.claims.map((c) => c.date) ?? []),
  ]);
}

export function currency(facilityId?: string): Currency {
  const latestEvent = latest(listFacilities().map((f) => siteRecordsEnd(f.id)));
  const facility = facilityId === undefined ? undefined : findFacility(facilityId);
  const end = facility === undefined ? undefined : siteRecordsEnd(facility.id);
  return {
    dataUpdated: dataUpdatedOn(),
    latestEvent,
    siteRecordsEnd: facility !== undefined && end !== undefined && end < latestEvent ? { name: facility.shortName, date: end } : undefined,
  };
}
