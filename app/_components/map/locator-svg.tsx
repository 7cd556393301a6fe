import type { CSSProperties } from 'react';

import {
  FONT_SIZE,
  type LocatorMap as LocatorMapData,
  MARKER_RADIUS,
  NUMBER_RADIUS,
  POINT_DOT_RADIUS,
  type StateCode,
} from '@/lib/geo/locator';
import { markerPath, svgIds } from '@/lib/geo/map-view';
import type { MapPlaceKind } from '@/lib/geo/points';

/**
 * Colours are the site's own custom properties (app/globals.css), with their values as fallbacks;
 * presentation is inline (style on a few groups, inherited by their shapes), so the drawing needs
 * no stylesheet. Text has a halo of the paper colour, so it stays readable over lines.
 */
const C = {
  ink: 'var(--ink, #1a1a1a)',
  muted: 'var(--muted, #4a4a4a)',
  line: 'var(--line, #d0d0d0)',
  paper: 'var(--paper, #ffffff)',
  tint: 'var(--tint, #f4f6f8)',
  accent: 'var(--accent, #0b4f8a)',
  warn: 'var(--warn, #a3261b)',
};

/** Drawn sizes: a desktop column, and a phone, where CSS scales the drawing down by no more than about 5%. */
export const MAP_SIZES = { wide: { width: 640, height: 420 }, narrow: { width: 360, height: 440 } } as const;

const HALO: CSSProperties = { stroke: C.paper, strokeWidth: 3, strokeLinejoin: 'round', paintOrder: 'stroke' };

/**
 * Each state's land a slightly different light tint, so that the state line also reads as a
 * change of ground; all three are light enough for muted text (contrast over 7:1) and print pale.
 */
const STATE_FILL: Record<StateCode, string> = { TN: C.tint, MS: '#f6f1e7', AR: '#eef3ec' };

/** Filled kinds in the site's accent and warning colours; open circles are paper inside. */
export const MARKER_FILL: Record<MapPlaceKind, string> = {
  'data center': C.accent,
  'power plant': C.warn,
  neighbourhood: C.paper,
  city: C.paper,
};

/** A number on a filled circle is paper-coloured (over 7:1 on the accent and the warning colour); on an open one, ink. */
export const NUMBER_FILL: Record<MapPlaceKind, string> = {
  'data center': C.paper,
  'power plant': C.paper,
  neighbourhood: C.ink,
  city: C.ink,
};

/** A numbered circle (a map with too many places to name): filled by the kind of its first place, like a marker. */
export function NumberedCircle({ kind, n, x, y }: { kind: MapPlaceKind; n: number; x: number; y: number }) {
  return (
    <>
      <circle cx={x} cy={y} r={NUMBER_RADIUS - 1} style={{ fill: MARKER_FILL[kind], stroke: C.ink, strokeWidth: 2 }} />
      <text
        x={x}
        y={y + FONT_SIZE.number * 0.36}
        textAnchor="middle"
        style={{ fill: NUMBER_FILL[kind], fontSize: FONT_SIZE.number, fontWeight: 700 }}
      >
        {n}
      </text>
    </>
  );
}

/**
 * The map itself, as an inline SVG drawn from a laid-out map (lib/geo/locator.ts): county
 * outlines, the state lines (bold, dashed), the places, a scale bar and a north arrow. `id` is a
 * prefix unique on the page, for the ids of its title and description.
 */
export function LocatorSvg({ map, id, title, description }: { map: LocatorMapData; id: string; title: string; description: string }) {
  const ids = svgIds(id);
  const { width, height, scaleBar: bar, northArrow: north } = map;
  return (
    <svg
      role="img"
      aria-labelledby={ids.labelledBy}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      style={{ fontFamily: 'inherit', maxWidth: '100%', height: 'auto' }}
    >
      <title id={ids.title}>{title}</title>
      <desc id={ids.desc}>{description}</desc>
      <rect width={width} height={height} style={{ fill: C.paper }} />
      <g style={{ stroke: C.muted, strokeWidth: 0.75 }}>
        {map.counties.map((c) => (
          <path key={c.id} d={c.d} style={{ fill: STATE_FILL[c.state] }} />
        ))}
      </g>
      <g style={{ fill: 'none', stroke: C.ink, strokeWidth: 2.5, strokeDasharray: '9 4' }}>
        {map.stateBorders.map((b) => (
          <path key={b.between.join('-')} d={b.d} />
        ))}
      </g>
      <g style={{ fill: C.muted, fontSize: FONT_SIZE.county, ...HALO }} textAnchor="middle">
        {map.counties.map((c) =>
          c.label ? (
            <text key={c.id} x={c.label.x} y={c.label.y}>
              {c.label.text}
            </text>
          ) : null,
        )}
      </g>
      <g style={{ fill: C.ink, fontSize: FONT_SIZE.state, fontWeight: 700, fontStyle: 'italic', letterSpacing: '0.04em', ...HALO }}>
        {map.stateLabels.map((s) => (
          <text key={s.state} x={s.x} y={s.y} textAnchor={s.anchor}>
            {s.name}
          </text>
        ))}
      </g>
      <g style={{ stroke: C.ink, strokeWidth: 1 }}>
        {map.places.map((p) =>
          p.labelLine ? <line key={p.id} x1={p.marker.x} y1={p.marker.y} x2={p.labelLine.x} y2={p.labelLine.y} /> : null,
        )}
      </g>
      <g style={{ stroke: C.ink, strokeWidth: 1.25, fill: C.ink }}>
        {map.places.map((p) =>
          p.leader ? (
            <g key={p.id} className="map-leader" data-place={p.id}>
              <line x1={p.leader.x1} y1={p.leader.y1} x2={p.leader.x2} y2={p.leader.y2} />
              <circle cx={p.x} cy={p.y} r={POINT_DOT_RADIUS} style={{ stroke: 'none' }} />
            </g>
          ) : null,
        )}
      </g>
      <g style={{ stroke: C.ink, strokeWidth: 2 }}>
        {map.places.map((p) => (
          <path
            key={p.id}
            className="map-marker"
            data-place={p.id}
            d={markerPath(p.kind, p.marker.x, p.marker.y, MARKER_RADIUS - 1)}
            style={{ fill: MARKER_FILL[p.kind] }}
          />
        ))}
      </g>
      <g style={{ fill: C.ink, fontSize: FONT_SIZE.place, fontWeight: 600, ...HALO }}>
        {map.places.map((p) => (
          <text key={p.id} x={p.marker.x + p.labelDx} y={p.marker.y + p.labelDy} textAnchor={p.anchor}>
            {p.name}
          </text>
        ))}
      </g>
      {map.numbered ? (
        <g>
          {map.numbered.groups.map((g) => (
            <g key={g.n} className="map-marker map-group" data-places={g.ids.join(' ')}>
              <NumberedCircle kind={g.kind} n={g.n} x={g.x} y={g.y} />
            </g>
          ))}
        </g>
      ) : null}
      <g aria-hidden="true">
        <path
          d={`M${bar.x},${bar.y - 5}V${bar.y}H${bar.x + bar.lengthPx}V${bar.y - 5}`}
          style={{ fill: 'none', stroke: C.ink, strokeWidth: 2, strokeLinecap: 'square' }}
        />
        <text x={bar.x + bar.lengthPx + 6} y={bar.y + 4} style={{ fill: C.ink, fontSize: FONT_SIZE.scale, ...HALO }}>
          {bar.label}
        </text>
        <path d={`M${north.x},${north.y}l7,18l-7,-5l-7,5Z`} style={{ fill: C.ink }} />
        <text x={north.x} y={north.y + 34} textAnchor="middle" style={{ fill: C.ink, fontSize: FONT_SIZE.scale, fontWeight: 700, ...HALO }}>
          N
        </text>
      </g>
      <rect x={0.5} y={0.5} width={width - 1} height={height - 1} style={{ fill: 'none', stroke: C.line }} />
    </svg>
  );
}
