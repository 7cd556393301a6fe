/**
 * Where each source is used: for every facility, the pages whose figures rest on it (at the
 * default settings). The sources page shows this, so a reader can go from a source back to
 * the figures it supports.
 */
import { getConcernsDetail } from './concerns';
import { listFacilities } from '../data/load';
import { getOverview } from './overview';
import { getPowerDetail } from './power';
import { getReport } from './report';
import { type SectionKey, SECTION_LABELS } from './sections';
import { getWaterDetail } from './water';

export type SourceUse = { facilityId: string; facilityName: string; section: SectionKey; label: string };

let cached: Map<string, SourceUse[]> | undefined;

export function sourceUsage(): Map<string, SourceUse[]> {
  if (cached !== undefined) return cached;
  const usage = new Map<string, SourceUse[]>();
  for (const facility of listFacilities()) {
    const pages: [SectionKey, string[] | undefined][] = [
      ['overview', getOverview(facility.id)?.sourceIds],
      ['power', getPowerDetail(facility.id)?.sourceIds],
      ['water', getWaterDetail(facility.id)?.sourceIds],
      ['concerns', getConcernsDetail(facility.id)?.sourceIds],
      ['report', getReport(facility.id)?.sourceOrder],
    ];
    for (const [section, ids] of pages) {
      for (const id of ids ?? []) {
        const uses = usage.get(id) ?? [];
        uses.push({ facilityId: facility.id, facilityName: facility.shortName, section, label: SECTION_LABELS[section] });
        usage.set(id, uses);
      }
    }
  }
  cached = usage;
  return usage;
}
