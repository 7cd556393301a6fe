import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';

import { PNG_SCALE, svgToPng } from './chart-png';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function inkedColumns(png: Uint8Array): number {
  const image = PNG.sync.read(Buffer.from(png));
  const columns = new Set<number>();
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4;
      if ((image.data[i] ?? 255) < 128) columns.add(x);
    }
  }
  return columns.size;
}

const svg = (text: string, family = 'DejaVu Sans') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40" viewBox="0 0 300 40"><text x="4" y="28" font-size="16" font-family="${family}" fill="#1a1a1a">${text}</text></svg>`;

describe('chart PNGs', () => {
  it('draws a PNG at PNG_SCALE times the drawing, with its text in the fonts shipped with the project', () => {
    const { png, width, height } = svgToPng(svg('Sources: TVA; MLGW'));
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    expect([width, height]).toEqual([300 * PNG_SCALE, 40 * PNG_SCALE]);
    const decoded = PNG.sync.read(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([width, height]);
    // the text is drawn: longer text inks more columns
    expect(inkedColumns(png)).toBeGreaterThan(0);
    expect(inkedColumns(svgToPng(svg('Sources: TVA; MLGW; EPA; Memphis Flyer')).png)).toBeGreaterThan(inkedColumns(png));
  });

  it('draws text in a font the machine may lack with the shipped face, not with nothing', () => {
    const named = inkedColumns(svgToPng(svg('Data updated 6 Dec 2026')).png);
    expect(inkedColumns(svgToPng(svg('Data updated 6 Dec 2026', 'No Such Face, sans-serif')).png)).toBe(named);
  });
});
