import Link from 'next/link';

import type { MapGroup } from '@/lib/geo/locator';
import type { MapPlace } from '@/lib/geo/points';

import { NumberedCircle } from './locator-svg';

const ICON = { width: 26, height: 26, viewBox: '0 0 26 26', 'aria-hidden': true, focusable: false, className: 'map-icon' } as const;

/** The circle of a number, as drawn on the map, for the legend and the key. */
export function NumberIcon({ group }: { group: Pick<MapGroup, 'kind' | 'n'> }) {
  return (
    <svg {...ICON}>
      <NumberedCircle kind={group.kind} n={group.n} x={13} y={13} />
    </svg>
  );
}

/**
 * The key of a map with too many places to name on it: each number with the names of its places,
 * in the numbers' order (rows from the top, west to east), each name a link where `links` has
 * one (a site's page). Neighbourhoods and cities say what they are; the rest are the sites.
 */
export function NumberedKey({
  id,
  groups,
  places,
  links = {},
}: {
  id: string;
  groups: MapGroup[];
  places: MapPlace[];
  links?: Record<string, string>;
}) {
  const byId = new Map(places.map((p) => [p.id, p]));
  return (
    <div className="locator-key">
      <p className="table-title" id={`${id}-title`}>
        Key to the numbers on the map
      </p>
      <ol className="locator-key-list" aria-labelledby={`${id}-title`}>
        {groups.map((g) => (
          <li key={g.n}>
            <NumberIcon group={g} />
            <span>
              <span className="locator-key-n">{g.n}:</span>
              {g.ids.map((placeId, i) => {
                const p = byId.get(placeId);
                if (p === undefined) throw new Error(`Numbered circle ${g.n}: "${placeId}" is not a place on the map`);
                const href = links[placeId];
                return (
                  <span key={placeId}>
                    {i > 0 ? ', ' : ''}
                    {href ? <Link href={href}>{p.name}</Link> : p.name}
                    {p.kind === 'neighbourhood' || p.kind === 'city' ? ` (${p.kind})` : ''}
                  </span>
                );
              })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
