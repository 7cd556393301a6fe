/**
 * The real geography under the locator map: county and state lines around Memphis from the
 * U.S. Census Bureau's cartographic boundary files (2017 edition, 1:10,000,000), as the
 * `us-atlas` package redistributes them in TopoJSON (unprojected longitude and latitude,
 * quantized and simplified: lines are good to a few hundred metres).
 *
 * The file is imported statically, so that Next bundles it with the server code and no file is
 * read at run time; the same import works in vitest. Only the counties and states below are
 * turned into shapes, once, on first use.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import counties10m from 'us-atlas/counties-10m.json';

export type StateCode = 'TN' | 'MS' | 'AR';

export const STATES: Record<StateCode, { fips: string; name: string }> = {
  TN: { fips: '47', name: 'Tennessee' },
  MS: { fips: '28', name: 'Mississippi' },
  AR: { fips: '05', name: 'Arkansas' },
};

/** Shelby and its neighbours, by five-digit FIPS code: the counties a map of South Memphis may show. */
export const AREA_COUNTY_IDS = ['47157', '28033', '47047', '47167', '28093', '28137', '28143', '05035'] as const;

/** Where the boundaries come from, for the map's caption. */
export const BOUNDARY_CREDIT =
  'County and state lines: U.S. Census Bureau cartographic boundary files, 2017 edition (1:10,000,000), via the us-atlas package';

type Named = { name: string };
type UsAtlas = Topology<{ counties: GeometryCollection<Named>; states: GeometryCollection<Named>; nation: GeometryCollection }>;

export type AreaShape = Feature<Polygon | MultiPolygon, Named> & { id: string };
export type AreaCounty = AreaShape & { state: StateCode };
export type StateBorder = { between: [StateCode, StateCode]; line: MultiLineString };

export type AreaGeography = {
  counties: AreaCounty[];
  states: (AreaShape & { state: StateCode })[];
  /** The lines between two of the three states, one entry for each pair. */
  borders: StateBorder[];
};

const STATE_BY_FIPS = new Map(Object.entries(STATES).map(([code, s]) => [s.fips, code as StateCode]));

function stateOf(id: string): StateCode {
  const code = STATE_BY_FIPS.get(id.slice(0, 2));
  if (code === undefined) throw new Error(`County or state ${id} is not in Tennessee, Mississippi or Arkansas`);
  return code;
}

function shape(topology: UsAtlas, geometry: GeometryObject<Named>): AreaShape {
  const f = feature(topology, geometry);
  if (f.type !== 'Feature' || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) {
    throw new Error(`us-atlas ${String(geometry.id)} is not an area`);
  }
  return { ...(f as Feature<Polygon | MultiPolygon, Named>), id: String(geometry.id) };
}

function find(collection: GeometryCollection<Named>, id: string, what: string): GeometryObject<Named> {
  const g = collection.geometries.find((x) => x.id === id);
  if (g === undefined) throw new Error(`us-atlas has no ${what} ${id}`);
  return g;
}

let cached: AreaGeography | undefined;

/** The counties around Memphis, the three states and the lines between them (built once). */
export function areaGeography(): AreaGeography {
  if (cached !== undefined) return cached;
  const topology = counties10m as unknown as UsAtlas;
  const counties = AREA_COUNTY_IDS.map((id) => ({ ...shape(topology, find(topology.objects.counties, id, 'county')), state: stateOf(id) }));
  const stateGeometries = (Object.keys(STATES) as StateCode[]).map((code) => find(topology.objects.states, STATES[code].fips, 'state'));
  const states = stateGeometries.map((g) => ({ ...shape(topology, g), state: stateOf(String(g.id)) }));
  const pairs: [StateCode, StateCode][] = [
    ['TN', 'MS'],
    ['TN', 'AR'],
    ['MS', 'AR'],
  ];
  const borders = pairs.map(([a, b]) => {
    const pair: GeometryCollection<Named> = {
      type: 'GeometryCollection',
      geometries: [find(topology.objects.states, STATES[a].fips, 'state'), find(topology.objects.states, STATES[b].fips, 'state')],
    };
    return { between: [a, b] as [StateCode, StateCode], line: mesh(topology, pair, (x, y) => x !== y) };
  });
  cached = { counties, states, borders };
  return cached;
}
