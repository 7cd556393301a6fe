import { ScrollTable } from '@/app/_components/facility-page';
import { Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';
import { formatDate } from '@/lib/core/format';
import { BOUNDARY_CREDIT } from '@/lib/geo/atlas';
import { distanceMethod, distanceWorking, workingIntro } from '@/lib/geo/distance-working';
import { buildLocatorMap } from '@/lib/geo/locator';
import { type MapDistance, mapSummary, MARKERS, markerPath, nameDistances, NUMBER_LEGEND, withinWords } from '@/lib/geo/map-view';
import { formatCoordinate, MAP_PLACE_KINDS, type MapPlace, type MapPlaceKind } from '@/lib/geo/points';

import './locator-map.css';
import { NumberedKey, NumberIcon } from './locator-key';
import { LocatorSvg, MAP_SIZES, MARKER_FILL } from './locator-svg';

/** A distance to show under the map: `from` and `to` are ids of places on it. */
export type LocatorDistance = MapDistance;

const { wide: WIDE, narrow: NARROW } = MAP_SIZES;

const ICON = { width: 14, height: 14, 'aria-hidden': true, focusable: false, className: 'map-icon' } as const;

function MarkerIcon({ kind }: { kind: MapPlaceKind }) {
  return (
    <svg {...ICON} viewBox="0 0 14 14">
      <path d={markerPath(kind, 7, 7.5, 5)} style={{ stroke: 'var(--ink, #1a1a1a)', strokeWidth: 1.5, fill: MARKER_FILL[kind] }} />
    </svg>
  );
}

/** The legend's sign for a marker drawn apart: a line from a dot (the true point) to where the marker is. */
function LeaderIcon() {
  return (
    <svg {...ICON} width={28} viewBox="0 0 28 14">
      <line x1="3" y1="11" x2="22" y2="3" style={{ stroke: 'var(--ink, #1a1a1a)', strokeWidth: 1.25 }} />
      <circle cx="3" cy="11" r="2" style={{ fill: 'var(--ink, #1a1a1a)' }} />
    </svg>
  );
}

/**
 * A locator map drawn on the server as SVG from census county and state lines, with the places
 * marked by kind, then the same facts as text: a summary, one table of the places (coordinates,
 * how exact each point is, date and sources) and one of the distances between them, which refers
 * to the places rather than repeating their coordinates. The method is stated once; the worked
 * arithmetic of each distance is folded away on screen and left off paper. `from` and `to` of a
 * distance are ids of `places`; `id` prefixes every id the map puts on the page.
 */
export function LocatorMap({
  places,
  distances,
  title,
  description,
  id = 'locator',
  links,
}: {
  places: MapPlace[];
  distances: LocatorDistance[];
  title: string;
  description: string;
  id?: string;
  /** Where a place's name in the key of a numbered map leads (a site's page), by place id. */
  links?: Record<string, string>;
}) {
  const wide = buildLocatorMap(places, WIDE);
  const narrow = buildLocatorMap(places, NARROW);
  const drawnApart = [...new Set([...wide.places, ...narrow.places].filter((p) => p.leader).map((p) => p.id))];
  const kinds = MAP_PLACE_KINDS.filter((k) => places.some((p) => p.kind === k));
  // both drawings are numbered alike (grouped in the same view, lib/geo/numbered.ts), so one key serves them
  const numbered = wide.numbered ?? narrow.numbered;
  const within = numbered && withinWords(numbered.withinMiles);
  return (
    <div className="locator-wrap">
      <figure className="chart-figure locator">
        <div className="locator-drawing">
          <div className="chart chart-wide">
            <LocatorSvg map={wide} id={`${id}-wide`} title={title} description={description} />
          </div>
          <div className="chart chart-narrow">
            <LocatorSvg map={narrow} id={`${id}-narrow`} title={title} description={description} />
          </div>
        </div>
        <ul className="chart-legend locator-legend" aria-label="Legend">
          {numbered
            ? MAP_PLACE_KINDS.filter((k) => numbered.groups.some((g) => g.kind === k)).map((k) => (
                <li key={k}>
                  <NumberIcon group={{ kind: k, n: numbered.groups.find((g) => g.kind === k)!.n }} />
                  {NUMBER_LEGEND[k]} within {within}
                </li>
              ))
            : null}
          {(numbered ? [] : kinds).map((k) => (
            <li key={k}>
              <MarkerIcon kind={k} />
              {MARKERS[k].legend}
            </li>
          ))}
          {drawnApart.length > 0 ? (
            <li>
              <LeaderIcon />A marker drawn apart, and its true point
            </li>
          ) : null}
          <li>
            <svg {...ICON} width={28} height={10} viewBox="0 0 28 10">
              <line x1="0" y1="5" x2="28" y2="5" style={{ stroke: 'var(--ink, #1a1a1a)', strokeWidth: 2.5, strokeDasharray: '9 4' }} />
            </svg>
            State line
          </li>
        </ul>
        <figcaption className="chart-summary">
          {mapSummary(places, {
            drawnApart,
            ...(numbered ? { numbered: { circles: numbered.groups.length, withinMiles: numbered.withinMiles } } : {}),
          })}{' '}
          <span className="note">{`${BOUNDARY_CREDIT}, simplified for small-scale maps: the lines are approximate, most where they follow the river.`}</span>
        </figcaption>
      </figure>
      {numbered ? <NumberedKey id={`${id}-key`} groups={numbered.groups} places={places} links={links} /> : null}
      <PlacesTable id={`${id}-places`} places={places} />
      {distances.length > 0 ? <DistancesTable id={`${id}-distances`} places={places} distances={distances} /> : null}
    </div>
  );
}

/** One row a place: where its point is, how exact, as of when and from which sources. */
function PlacesTable({ id, places }: { id: string; places: MapPlace[] }) {
  return (
    <ScrollTable id={id} title="Places on the map" stack>
      <thead>
        <tr>
          <th scope="col">Place</th>
          <th scope="col" className="num">
            Latitude
          </th>
          <th scope="col" className="num">
            Longitude
          </th>
          <th scope="col">How exact</th>
          <th scope="col">As of, and sources</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <MarkerIcon kind={p.kind} />
              <span className="locator-place">{p.name}</span> <span className="locator-kind">{p.kind}</span>
            </th>
            <td className="num" data-label="Latitude">
              {formatCoordinate(p.lat, 'lat')}
            </td>
            <td className="num" data-label="Longitude">
              {formatCoordinate(p.lon, 'lon')}
            </td>
            <td data-label="How exact">{p.accuracy ?? 'as the source gives it'}</td>
            <td data-label="As of">
              {formatDate(p.asOf)}. <SourceCites ids={p.sourceIds} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/**
 * One row a pair: the two places and the miles between them, from the points in the table of
 * places (whose sources and dates are there); the method once, below; the worked steps of each
 * pair on screen only, folded.
 */
function DistancesTable({ id, places, distances }: { id: string; places: MapPlace[]; distances: LocatorDistance[] }) {
  const named = nameDistances(places, distances);
  const byId = new Map(places.map((p) => [p.id, p]));
  return (
    <div className="locator-distances">
      <ScrollTable id={id} title="Distances between them, from the points in the table of places">
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
              <td>{d.toName}</td>
              <td className="num">
                <Figure q={d.q} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote locator-method">{distanceMethod()}</p>
      <details className="how no-print locator-working">
        <summary>How we got these distances</summary>
        <p>{workingIntro()}</p>
        <ScrollTable id={`${id}-working`} title="Each distance, worked by hand" stack>
          <thead>
            <tr>
              <th scope="col">From, to</th>
              <th scope="col">North–south</th>
              <th scope="col">East–west</th>
              <th scope="col">Straight line</th>
            </tr>
          </thead>
          <tbody>
            {named.map((d) => {
              const w = distanceWorking(byId.get(d.from)!, byId.get(d.to)!);
              return (
                <tr key={`${d.from}-${d.to}`}>
                  <th scope="row">
                    {d.fromName} to {d.toName}
                  </th>
                  <td data-label="North–south">{w.northSouth}</td>
                  <td data-label="East–west">{w.eastWest}</td>
                  <td data-label="Straight line">{w.straight}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      </details>
    </div>
  );
}
