import { describe, expect, it } from 'vitest';

import { legendLayout } from './legend';
import { textWidth } from './text';

const ENTRIES = [
  { key: 'a', label: 'Grid power in service' },
  { key: 'b', label: 'Grid power approved' },
  { key: 'c', label: 'Gas turbines permitted' },
  { key: 'd', label: 'Data centers, estimated (grid power where there is no estimate)' },
];

describe('a legend drawn into a chart', () => {
  for (const width of [880, 360, 320]) {
    it(`keeps every label within a drawing ${width} px wide, each entry once, rows in order`, () => {
      const fontSize = 13;
      const legend = legendLayout(ENTRIES, { width, fontSize });
      expect(legend.items.map((i) => i.key)).toEqual(ENTRIES.map((e) => e.key));
      for (const item of legend.items) {
        const right = item.x + legend.swatch + legend.gap + Math.max(...item.lines.map((l) => textWidth(l, fontSize)));
        expect(right, item.key).toBeLessThanOrEqual(width - 8);
        expect(item.lines.join(' ')).toBe(ENTRIES.find((e) => e.key === item.key)!.label);
      }
      // each row below the one before; the whole legend within its height
      const ys = legend.items.map((i) => i.y);
      expect([...ys].sort((a, b) => a - b)).toEqual(ys);
      const last = legend.items[legend.items.length - 1]!;
      expect(last.y + (last.lines.length - 1) * legend.lineHeight).toBeLessThanOrEqual(legend.height);
    });
  }

  it('puts short entries side by side on a wide drawing and one under another on a narrow one', () => {
    const short = ENTRIES.slice(0, 3);
    expect(new Set(legendLayout(short, { width: 880, fontSize: 13 }).items.map((i) => i.y)).size).toBe(1);
    expect(new Set(legendLayout(short, { width: 320, fontSize: 13 }).items.map((i) => i.y)).size).toBeGreaterThan(1);
  });

  it('takes no room without entries', () => {
    expect(legendLayout([], { width: 880, fontSize: 13 }).height).toBe(0);
  });
});
