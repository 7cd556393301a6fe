import { describe, expect, it } from 'vitest';

import { getSource } from '../data/load';
import {
  addressWords,
  barChartFigures,
  chartAttribution,
  dateWords,
  joinDates,
  latestDate,
  publishersOf,
  sourceWords,
  stepChartFigures,
} from './attribution';

const PUBLISHERS: Record<string, string> = {
  a1: 'Memphis Flyer',
  a2: 'Memphis Flyer',
  b: 'Epoch AI',
  c: 'WREG News Channel 3',
  d: 'Southern Environmental Law Center, Young, Gifted & Green and NAACP (press release)',
  e: 'U.S. Energy Information Administration',
};
const publisherOf = (id: string) => {
  const p = PUBLISHERS[id];
  if (p === undefined) throw new Error(`unknown ${id}`);
  return p;
};

describe('publishersOf', () => {
  it('names each publisher once, the most cited first, ties in the order they first appear', () => {
    // Epoch AI: 2 figures; Memphis Flyer: 3 (two of its sources); WREG: 1
    expect(publishersOf(['c', 'b', 'a1', 'b', 'a2', 'a1'], publisherOf)).toEqual(['Memphis Flyer', 'Epoch AI', 'WREG News Channel 3']);
    expect(publishersOf(['c', 'b'], publisherOf)).toEqual(['WREG News Channel 3', 'Epoch AI']);
  });

  it('gives nothing for no sources, and fails on an id that is not in the registry', () => {
    expect(publishersOf([], publisherOf)).toEqual([]);
    expect(() => publishersOf(['nope'], publisherOf)).toThrow(/unknown nope/);
  });
});

describe('sourceWords', () => {
  it('names one, two or three publishers, separated by semicolons (their names have commas)', () => {
    expect(sourceWords(['Epoch AI'])).toBe('Source: Epoch AI');
    expect(sourceWords(['Epoch AI', 'Memphis Flyer'])).toBe('Sources: Epoch AI; Memphis Flyer');
    expect(sourceWords(['Epoch AI', PUBLISHERS.d as string, 'WREG'])).toBe(`Sources: Epoch AI; ${PUBLISHERS.d}; WREG`);
  });

  it('counts the rest: the first three "and N more", kept on one line by no-break spaces', () => {
    expect(sourceWords(['A', 'B', 'C', 'D', 'E'])).toBe('Sources: A; B; C; and\u00a02\u00a0more');
    expect(sourceWords(['A', 'B', 'C', 'D'])).toBe('Sources: A; B; C; and\u00a01\u00a0more');
  });

  it('names fewer where the words would not fit, but always the first', () => {
    const short = (w: string) => w.length <= 45;
    const many = ['Epoch AI', 'Memphis Flyer', 'WREG News Channel 3', 'The Daily Memphian'];
    expect(sourceWords(many, { fits: short })).toBe('Sources: Epoch AI; Memphis Flyer; and\u00a02\u00a0more');
    expect(sourceWords([PUBLISHERS.d as string, 'Epoch AI'], { fits: short })).toBe(`Sources: ${PUBLISHERS.d}; and\u00a01\u00a0more`);
    expect(sourceWords(many, { most: 2 })).toBe('Sources: Epoch AI; Memphis Flyer; and\u00a02\u00a0more');
  });

  it('says so when a chart has no source at all', () => {
    expect(sourceWords([])).toBe('Sources: none recorded');
  });
});

describe('dates', () => {
  it('takes the latest of full and partial ISO dates, ignoring blanks (values the site sets)', () => {
    expect(latestDate(['2024-06-05', '2026-05', '2025-12-31', '', undefined])).toBe('2026-05');
    expect(latestDate(['2026', '2025-12-31'])).toBe('2026');
    expect(latestDate(['', undefined])).toBeUndefined();
  });

  it('says how recent the figures are and when the data was updated', () => {
    expect(dateWords('2026-07-01', '2026-12-06')).toEqual(['Figures up to 1 Jul 2026', 'data updated 6 Dec 2026']);
    expect(dateWords('2024-11', '2026-12-06')).toEqual(['Figures up to Nov 2024', 'data updated 6 Dec 2026']);
    expect(dateWords(undefined, '2026-12-06')).toEqual(['Data updated 6 Dec 2026']);
  });

  it('writes the dates on one line or on two', () => {
    const d = dateWords('2026-07-01', '2026-12-06');
    expect(joinDates(d, true)).toEqual(['Figures up to 1 Jul 2026 · data updated 6 Dec 2026']);
    expect(joinDates(d, false)).toEqual(['Figures up to 1 Jul 2026', 'Data updated 6 Dec 2026']);
  });
});

describe('addressWords', () => {
  it.each([
    ['https://example.org', 'example.org'],
    ['https://example.org/', 'example.org'],
    ['http://localhost:3000', 'localhost:3000'],
    ['https://example.org/impact/', 'example.org/impact'],
  ])('%s → %s', (url, words) => {
    expect(addressWords(url)).toBe(words);
  });
});

describe('what a chart plots', () => {
  const points = [
    { date: '2024-06-05', sourceIds: ['a1'], changed: ['gridSupplied'] },
    { date: '2024-09', sourceIds: ['b'], changed: ['gpus'] },
    { date: '2025-01-10', sourceIds: ['c', 'a2'], changed: ['gridSupplied', 'gpus'] },
    { date: '2026-02-01', sourceIds: ['e'], changed: [] },
  ];

  it('a step chart: the events where one of its series changed, not the others', () => {
    expect(stepChartFigures(points, ['gridSupplied'])).toEqual({ sourceIds: ['a1', 'c', 'a2'], dates: ['2024-06-05', '2025-01-10'] });
    expect(stepChartFigures(points, ['gpus'])).toEqual({ sourceIds: ['b', 'c', 'a2'], dates: ['2024-09', '2025-01-10'] });
  });

  it('a step chart: with the figures drawn beside its events (a utility peak)', () => {
    expect(stepChartFigures(points, ['gpus'], { sourceIds: ['d'], dates: ['2026-01'] })).toEqual({
      sourceIds: ['b', 'c', 'a2', 'd'],
      dates: ['2024-09', '2025-01-10', '2026-01'],
    });
  });

  it('a bar chart: every bar', () => {
    expect(
      barChartFigures([
        { sourceIds: ['a1', 'b'], asOf: '2025-05-01' },
        { sourceIds: [], asOf: '' },
      ]),
    ).toEqual({ sourceIds: ['a1', 'b'], dates: ['2025-05-01', ''] });
  });
});

describe('chartAttribution (with the source registry)', () => {
  it('names the publishers of the registry, the latest date, the data update and the site', () => {
    const a = chartAttribution({
      sourceIds: ['epoch-ai-gpu-clusters', 'lpm-2024-11-tva-board', 'epoch-ai-gpu-clusters'],
      dates: ['2024-11-10', '2025-06'],
    });
    expect(a.publishers).toEqual([getSource('epoch-ai-gpu-clusters').publisher, getSource('lpm-2024-11-tva-board').publisher]);
    expect(a.dates[0]).toBe('Figures up to Jun 2025');
    expect(a.dates[1]).toMatch(/^data updated \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(a.address).not.toMatch(/^https?:/);
  });

  it('fails on a source id that is not in the registry, rather than drawing a chart with no attribution', () => {
    expect(() => chartAttribution({ sourceIds: ['no-such-source'], dates: [] })).toThrow(/Unknown source id/);
  });
});
