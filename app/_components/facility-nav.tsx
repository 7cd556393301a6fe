import Link from 'next/link';

import type { Facility } from '@/lib/data/schemas';
import { SECTION_LABELS, type SectionKey, SECTIONS } from '@/lib/pages/sections';
import { publicPath, withQuery } from '@/lib/pages/site';

export type FacilitySection = SectionKey;

/** Links between a facility's pages; they carry the scenario, so a reader keeps their settings. */
export function FacilityNav({ facility, current, query }: { facility: Facility; current: FacilitySection; query: string }) {
  return (
    <nav className="facility-nav no-print" aria-label={`${facility.shortName} pages`}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s}>
            <Link href={withQuery(publicPath(facility.id, s), query)} aria-current={s === current ? 'page' : undefined}>
              {SECTION_LABELS[s]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
