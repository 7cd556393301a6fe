import Link from 'next/link';

import type { Facility } from '@/lib/schemas';
import { publicPath, withQuery } from '@/lib/site';

const SECTIONS = [
  { key: 'overview', label: 'Overview' },
  { key: 'power', label: 'Power' },
  { key: 'water', label: 'Water' },
  { key: 'concerns', label: 'Concerns' },
  { key: 'report', label: 'Printable report' },
] as const;

export type FacilitySection = (typeof SECTIONS)[number]['key'];

/** Links between a facility's pages; they carry the scenario, so a reader keeps their settings. */
export function FacilityNav({ facility, current, query }: { facility: Facility; current: FacilitySection; query: string }) {
  return (
    <nav className="facility-nav no-print" aria-label={`${facility.shortName} pages`}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link href={withQuery(publicPath(facility.id, s.key), query)} aria-current={s.key === current ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
