import { ScrollTable } from '@/app/_components/facility-page';
import { Figure, HowWeGotThis } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';
import { formatDate } from '@/lib/core/format';
import { BOUNDARY_CREDIT } from '@/lib/geo/atlas';
import { buildLocatorMap } from '@/lib/geo/locator';
import { type MapDistance, mapSummary, MARKERS, markerPath, nameDistances } from '@/lib/geo/map-view';
import { formatCoordinate, MAP_PLACE_KINDS, type MapPlace, type MapPlaceKind } from '@/lib/geo/points';

import { LocatorSvg, MARKER_FILL } from './locator-svg';

/** A distance to show under the map: `from` and `to` are ids of places on it. */
export type LocatorDistance = MapDistance;

/** Drawn sizes: a desktop column, and a phone, where CSS scales the drawing down by no more than about 5%. */
const WIDE = { width: 640, height: 420 };
const NARROW = { width: 360, height: 440 };

function MarkerIcon({ kind }: { kind: MapPlaceKind }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-2px', marginRight: '0.375rem' }}
    >
      <path
        d={markerPath(kind, 7, 7.5, 5)}
        style={{
          stroke: 'var(--ink, #1a1a1a)',
          strokeWidth: 1.5,
          fill: MARKER_FILL[kind],
        }}
      />
    </svg>
  );
}

/**
 * A locator map drawn on the server as SVG from census county and state lines, with the places
 * marked by kind, then the same facts as text: a summary, a table of the places (where each
 * point comes from and how exact it is), and the distances between them with their arithmetic.
 * `from` and `to` of a distance are ids of `places`; `id` prefixes every id the map puts on the
 * page (one map per page may keep the default).
 */
export function LocatorMap({
  places,
  distances,
  title,
  description,
  id = 'locator',
}: {
  places: MapPlace[];
  distances: LocatorDistance[];
  title: string;
  description: string;
  id?: string;
}) {
  const wide = buildLocatorMap(places, WIDE);
  const narrow = buildLocatorMap(places, NARROW);
  const named = nameDistances(places, distances);
  const kinds = MAP_PLACE_KINDS.filter((k) => places.some((p) => p.kind === k));
  return (
    <>
      <figure className="chart-figure">
        <div className="chart chart-wide">
          <LocatorSvg map={wide} id={`${id}-wide`} title={title} description={description} />
        </div>
        <div className="chart chart-narrow">
          <LocatorSvg map={narrow} id={`${id}-narrow`} title={title} description={description} />
        </div>
        <ul className="chart-legend" aria-label="Legend">
          {kinds.map((k) => (
            <li key={k}>
              <MarkerIcon kind={k} />
              {MARKERS[k].legend}
            </li>
          ))}
          <li>
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line x1="0" y1="5" x2="28" y2="5" style={{ stroke: 'var(--ink, #1a1a1a)', strokeWidth: 2.5, strokeDasharray: '9 4' }} />
            </svg>
            State line
          </li>
        </ul>
        <figcaption className="chart-summary">
          {mapSummary(places, distances)}{' '}
          <span className="note">{`${BOUNDARY_CREDIT}, simplified for small-scale maps: the lines are approximate, most where they follow the river.`}</span>
        </figcaption>
      </figure>
      <ScrollTable id={`${id}-places`} title="Places on the map" stack>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Kind</th>
            <th scope="col">Latitude</th>
            <th scope="col">Longitude</th>
            <th scope="col">How exact</th>
            <th scope="col">Sources</th>
            <th scope="col">As of</th>
          </tr>
        </thead>
        <tbody>
          {places.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td className="nowrap" data-label="Kind">
                <MarkerIcon kind={p.kind} />
                {p.kind}
              </td>
              <td className="num" data-label="Latitude">
                {formatCoordinate(p.lat, 'lat')}
              </td>
              <td className="num" data-label="Longitude">
                {formatCoordinate(p.lon, 'lon')}
              </td>
              <td data-label="How exact">{p.accuracy ?? 'as the source gives it'}</td>
              <td>
                <SourceCites ids={p.sourceIds} />
              </td>
              <td className="nowrap" data-label="As of">
                {formatDate(p.asOf)}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {named.length > 0 ? (
        <ScrollTable id={`${id}-distances`} title="Distances between them, in a straight line" stack>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col" className="num">
                Distance
              </th>
            </tr>
          </thead>
          <tbody>
            {named.map((d) => (
              <tr key={`${d.from}-${d.to}`}>
                <th scope="row">{d.fromName}</th>
                <td data-label="To">{d.toName}</td>
                <td className="num" data-label="Distance">
                  <Figure q={d.q} />
                  <HowWeGotThis q={d.q} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </>
  );
}
