import { describe, expect, it } from 'vitest';

import type { ChartAttribution } from './attribution';
import { type Band, footerBand, headerBand, titleSize } from './bands';
import { textWidth, wrapText } from './text';

const attribution: ChartAttribution = {
  publishers: [
    'Memphis Flyer',
    'Industrial News (citing SELC and MLGW)',
    'WREG News Channel 3',
    'Epoch AI',
    'Louisville Public Media',
    'The Commercial Appeal',
  ],
  dates: ['Figures up to 25 Sep 2026', 'data updated 29 Nov 2026'],
  address: 'datacenter-impact.example.org',
};

const FONT = 13;

/** Every line stays inside the drawing, lines do not overlap, and the band holds them all. */
function expectLaidOut(band: Band, width: number, size: number) {
  for (const l of band.lines) {
    const w = textWidth(l.text, size, { bold: l.bold });
    const [left, right] = l.anchor === 'start' ? [l.x, l.x + w] : [l.x - w, l.x];
    expect(left, l.text).toBeGreaterThanOrEqual(0);
    expect(right, l.text).toBeLessThanOrEqual(width);
  }
  const baselines = [...new Set(band.lines.map((l) => l.y))].sort((a, b) => a - b);
  baselines.slice(1).forEach((y, i) => expect(y - (baselines[i] as number)).toBeGreaterThanOrEqual(size * 1.2));
  expect(Math.max(...baselines)).toBeLessThanOrEqual(band.height);
  // two pieces of text on one baseline do not touch
  for (const y of baselines) {
    const row = band.lines.filter((l) => l.y === y);
    if (row.length === 2) {
      const [a, b] = row as [(typeof row)[0], (typeof row)[0]];
      expect(a.x + textWidth(a.text, size) + size).toBeLessThanOrEqual(b.x - textWidth(b.text, size));
    }
  }
}

describe('headerBand', () => {
  it('puts a short title on one line, a long one on as many lines as the width needs', () => {
    const wide = headerBand('Colossus 1: power at the site, in MW', { width: 880, fontSize: FONT });
    expect(wide.lines.map((l) => l.text)).toEqual(['Colossus 1: power at the site, in MW']);
    expect(wide.lines.every((l) => l.kind === 'title' && l.bold)).toBe(true);
    const title = "xAI's Memphis-area data centers and MLGW's summer peak, in MW";
    const narrow = headerBand(title, { width: 360, fontSize: FONT });
    expect(narrow.lines.length).toBe(2);
    expect(narrow.lines.map((l) => l.text).join(' ')).toBe(title);
    expectLaidOut(narrow, 360, titleSize(FONT));
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});

describe('footerBand', () => {
  it('on a wide chart: sources on a line, then the dates with the address at the right', () => {
    const band = footerBand(attribution, { width: 880, fontSize: FONT });
    const rows = [...new Set(band.lines.map((l) => l.y))].map((y) =>
      band.lines.filter((l) => l.y === y).map((l) => `${l.kind}: ${l.text}`),
    );
    expect(rows).toEqual([
      ['sources: Sources: Memphis Flyer; Industrial News (citing SELC and MLGW); WREG News Channel 3; and\u00a03\u00a0more'],
      ['date: Figures up to 25 Sep 2026 · data updated 29 Nov 2026', 'address: datacenter-impact.example.org'],
    ]);
    expect(band.lines.find((l) => l.kind === 'address')).toMatchObject({ x: 880 - 8, anchor: 'end' });
    expectLaidOut(band, 880, FONT);
  });

  it('on a phone: at most two lines of sources, the dates on lines of their own, nothing past the edge', () => {
    const band = footerBand(attribution, { width: 360, fontSize: FONT });
    const sources = band.lines.filter((l) => l.kind === 'sources');
    expect(sources.length).toBeLessThanOrEqual(2);
    expect(sources.map((l) => l.text).join(' ')).toMatch(/^Sources: Memphis Flyer; .*and\u00a0\d+\u00a0more$/);
    expect(band.lines.filter((l) => l.kind === 'date').map((l) => l.text)).toEqual([
      'Figures up to 25 Sep 2026',
      'Data updated 29 Nov 2026',
    ]);
    expect(band.lines.filter((l) => l.kind === 'address').map((l) => l.text)).toEqual(['datacenter-impact.example.org']);
    expectLaidOut(band, 360, FONT);
  });

  it('keeps every part, however narrow the drawing', () => {
    for (const width of [200, 280, 360, 440, 680, 880]) {
      const band = footerBand(attribution, { width, fontSize: FONT });
      expect(new Set(band.lines.map((l) => l.kind))).toEqual(new Set(['sources', 'date', 'address']));
      expectLaidOut(band, width, FONT);
    }
  });
});

describe('wrapText', () => {
  it('breaks at spaces, within the width', () => {
    const lines = wrapText('Sources: Memphis Flyer; Industrial News (citing SELC and MLGW); and 5 more', 200, FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Sources: Memphis Flyer; Industrial News (citing SELC and MLGW); and 5 more');
    lines.forEach((l) => expect(textWidth(l, FONT)).toBeLessThanOrEqual(200));
  });

  it('does not break at a no-break space', () => {
    const lines = wrapText('Sources: Memphis Flyer; Epoch AI; and\u00a012\u00a0more', 230, FONT);
    expect(lines.some((l) => l.endsWith('and\u00a012\u00a0more'))).toBe(true);
  });

  it('cuts a word wider than the whole line instead of letting it run off', () => {
    const lines = wrapText('https://www.example.org/a/very/long/address/that/does/not/fit', 120, FONT);
    expect(lines.join('')).toBe('https://www.example.org/a/very/long/address/that/does/not/fit');
    lines.forEach((l) => expect(textWidth(l, FONT)).toBeLessThanOrEqual(120));
  });
});

describe('textWidth', () => {
  it('is wider for capitals, digits and bold than for narrow letters and punctuation', () => {
    expect(textWidth('MMMM', 10)).toBeGreaterThan(textWidth('iiii', 10));
    expect(textWidth('Sources', 13, { bold: true })).toBeGreaterThan(textWidth('Sources', 13));
    // DejaVu Sans, measured in Chromium: "Figures up to 1 Jul 2026 · data updated 6 Dec 2026" is 26.1 em; the estimate must not be smaller
    expect(textWidth('Figures up to 1 Jul 2026 · data updated 6 Dec 2026', 1)).toBeGreaterThanOrEqual(26.1);
    expect(textWidth('Figures up to 1 Jul 2026 · data updated 6 Dec 2026', 1)).toBeLessThan(26.1 * 1.2);
  });
});
