/** The example places of the map's tests, with coordinates from the project's fact sheet and made-up source ids. */
import type { MapPlace } from './points';

export const COLOSSUS_1: MapPlace = {
  id: 'colossus-1',
  name: 'Colossus 1',
  kind: 'data center',
  lat: 35.060166,
  lon: -90.15546,
  asOf: '2025-06',
  sourceIds: ['s1'],
};
export const COLOSSUS_2: MapPlace = {
  id: 'colossus-2',
  name: 'Colossus 2',
  kind: 'data center',
  lat: 34.99814,
  lon: -90.035,
  asOf: '2025-08',
  sourceIds: ['s2'],
};
export const SOUTHAVEN_PLANT: MapPlace = {
  id: 'southaven-plant',
  name: 'Southaven power plant',
  kind: 'power plant',
  lat: 34.987,
  lon: -90.038,
  asOf: '2025-10',
  sourceIds: ['s3', 's2'],
  accuracy: 'approximate, from the site plan',
};
export const BOXTOWN: MapPlace = {
  id: 'boxtown',
  name: 'Boxtown',
  kind: 'neighbourhood',
  lat: 35.048,
  lon: -90.124,
  asOf: '2024',
  sourceIds: ['s4'],
};
export const WHITEHAVEN: MapPlace = {
  id: 'whitehaven',
  name: 'Whitehaven',
  kind: 'neighbourhood',
  lat: 35.02722,
  lon: -90.02917,
  asOf: '2024',
  sourceIds: ['s4'],
};
export const SOUTHAVEN_CITY: MapPlace = {
  id: 'southaven',
  name: 'Southaven',
  kind: 'city',
  lat: 34.96667,
  lon: -89.98722,
  asOf: '2024',
  sourceIds: ['s5'],
};
export const TVA_ALLEN: MapPlace = {
  id: 'tva-allen',
  name: 'TVA Allen plant',
  kind: 'power plant',
  lat: 35.06694,
  lon: -90.14444,
  asOf: '2024',
  sourceIds: ['s6'],
};

export const EXAMPLE_PLACES: MapPlace[] = [COLOSSUS_1, COLOSSUS_2, SOUTHAVEN_PLANT, BOXTOWN, WHITEHAVEN, SOUTHAVEN_CITY, TVA_ALLEN];
