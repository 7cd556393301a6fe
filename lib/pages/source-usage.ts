/**
 * Where each source is used: the front page, the facilities page, the Methodology page and, for
 * every facility, the pages whose figures rest on it (at the default settings), read from each
 * page's model. The Sources page shows this, so a reader can go from a source back to the figures
 * it supports.
 */
import { baselineSourceIds, CALCULATOR_PATH, PACKET_PATH } from '../calculator/route';
import { listDecisions, listFacilities } from '../data/load';
import { getArea } from './area';
import { getCompare } from './compare';
import { getFacilityHandout, getRegionHandout, getRegionReport } from './handout';
import { decisionSourceIds } from './decisions';
import { getMethodology } from './methodology';
import { loadSection, sectionsFor } from './registry';
import { publicPath } from './site';

/** A page that uses a source: its address and its name. */
export type SourceUse = { href: string; text: string };

let cached: Map<string, SourceUse[]> | undefined;

export function sourceUsage(): Map<string, SourceUse[]> {
  if (cached !== undefined) return cached;
  const usage = new Map<string, SourceUse[]>();
  const add = (ids: string[], use: SourceUse) => {
    for (const id of ids) usage.set(id, [...(usage.get(id) ?? []), use]);
  };
  for (const facility of listFacilities()) {
    for (const section of sectionsFor(facility.id)) {
      const ids = loadSection(section, facility.id)?.sourceIds ?? [];
      add(ids, { href: publicPath(facility.id, section.id), text: `${facility.shortName} ${section.label}` });
    }
  }
  add(getArea()?.sourceIds ?? [], { href: '/', text: 'The Memphis area (front page)' });
  add(getRegionReport()?.sourceIds ?? [], { href: '/report', text: 'The Memphis area, printable report' });
  add(getRegionHandout()?.sourceIds ?? [], { href: '/handout', text: 'The Memphis area, handout' });
  add(getCompare()?.sourceIds ?? [], { href: '/facilities', text: 'Facilities side by side' });
  add(getMethodology().sourceIds, { href: '/methodology', text: 'Methodology' });
  add(decisionSourceIds(listDecisions()), { href: '/next', text: "What's next" });
  // the calculator's form (no settings) and its packet's: the state table's sources; a result cites more
  add(baselineSourceIds(), { href: CALCULATOR_PATH, text: 'Calculator' });
  add(baselineSourceIds(), { href: PACKET_PATH, text: 'Calculator, hearing packet' });
  add(baselineSourceIds(), { href: `/es${CALCULATOR_PATH}`, text: 'Calculator, in Spanish' });
  add(baselineSourceIds(), { href: `/es${PACKET_PATH}`, text: 'Calculator, hearing packet in Spanish' });
  // the Spanish edition: its front page and facility pages cite what their handouts cite, by number
  const region = getRegionHandout()?.sourceIds ?? [];
  add(region, { href: '/es', text: 'The Memphis area, in Spanish' });
  add(region, { href: '/es/handout', text: 'The Memphis area, handout in Spanish' });
  for (const facility of listFacilities()) {
    const ids = getFacilityHandout(facility.id)?.sourceIds ?? [];
    add(ids, { href: `/es${publicPath(facility.id, 'overview')}`, text: `${facility.shortName}, in Spanish` });
    add(ids, { href: `/es${publicPath(facility.id, 'handout')}`, text: `${facility.shortName}, handout in Spanish` });
  }
  cached = usage;
  return usage;
}
