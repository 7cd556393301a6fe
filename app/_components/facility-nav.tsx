import Link from 'next/link';

import type { Facility } from '@/lib/schemas';

const SECTIONS = [
  { key: 'overview', label: 'Overview', path: '' },
  { key: 'power', label: 'Power', path: '/power' },
  { key: 'water', label: 'Water', path: '/water' },
] as const;

export type FacilitySection = (typeof SECTIONS)[number]['key'];

export function FacilityNav({ facility, current }: { facility: Facility; current: FacilitySection }) {
  return (
    <nav className="facility-nav no-print" aria-label={`${facility.shortName} pages`}>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link href={`/facilities/${facility.id}${s.path}`} aria-current={s.key === current ? 'page' : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
