/**
 * The legal record on a facility's Concerns page: each event's stable anchor, and the events at
 * other sites that bear on this one. Which events bear on which site is a judgement, so the data
 * declares it, with why (`relatedLegal` in data/concerns/<id>.json); the loader checks that every
 * facility and event it names exists.
 */
import { findConcerns, findFacility } from '../data/load';
import type { Concerns } from '../data/schemas/concerns';
import type { Facility } from '../data/schemas/facility';

export type LegalEvent = Concerns['legalTimeline'][number];

/** The anchor of a legal event on its facility's Concerns page (`#legal-<id>`): as stable as the event's id in the data. */
export function legalAnchor(event: Pick<LegalEvent, 'id'>): string {
  return `legal-${event.id}`;
}

/** Events at another site that bear on this one: that site, why they bear on this one, and the events, by date. */
export type RelatedLegal = { facility: Facility; why: string; events: LegalEvent[] };

export function relatedLegal(concerns: Concerns): RelatedLegal[] {
  return concerns.relatedLegal.map((r) => {
    const facility = findFacility(r.facilityId);
    const other = findConcerns(r.facilityId);
    if (facility === undefined || other === undefined)
      throw new Error(`data/concerns/${concerns.facilityId}.json: relatedLegal names "${r.facilityId}", which has no legal record`);
    const events = r.eventIds.map((id) => {
      const e = other.legalTimeline.find((x) => x.id === id);
      if (e === undefined) throw new Error(`data/concerns/${r.facilityId}.json has no legal event "${id}"`);
      return e;
    });
    return { facility, why: r.why, events: [...events].sort((a, b) => a.date.localeCompare(b.date)) };
  });
}

/**
 * A site's name inside a sentence: a power plant's short name is a description ("the Southaven
 * plant"), a data center's a name ("Colossus 1").
 */
export function siteInSentence(f: Pick<Facility, 'kind' | 'shortName'>): string {
  return f.kind === 'power plant' ? `the ${f.shortName}` : f.shortName;
}
