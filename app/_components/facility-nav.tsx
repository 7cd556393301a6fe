import Link from 'next/link';

import type { Facility } from '@/lib/data/schemas/facility';
import { type SectionId, sectionsFor } from '@/lib/pages/registry';
import { publicPath, withQuery } from '@/lib/pages/site';

/** Links between a facility's pages (the sections it has); they carry the scenario, so a reader keeps their settings. */
export function FacilityNav({ facility, current, query }: { facility: Facility; current: SectionId; query: string }) {
  return (
    <nav className="facility-nav no-print" aria-label={`${facility.shortName} pages`}>
      <ul>
        {sectionsFor(facility.id).map((s) => (
          <li key={s.id}>
            <Link href={withQuery(publicPath(facility.id, s.id), query)} aria-current={s.id === current ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
