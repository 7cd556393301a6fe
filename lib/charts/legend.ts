/**
 * Where a chart's legend goes when it is drawn into the chart itself (a chart's SVG and PNG
 * files and its embed page, which have no HTML legend beside them): each series' swatch and
 * label, left to right, on as many rows as the width needs; a label too long for a row wraps.
 */
import { textWidth, wrapText } from './text';

export type LegendItem = { key: string; lines: string[]; x: number; y: number };

export type LegendLayout = { items: LegendItem[]; height: number; lineHeight: number; swatch: number; gap: number };

export function legendLayout(
  entries: readonly { key: string; label: string }[],
  { width, fontSize, inset = 8 }: { width: number; fontSize: number; inset?: number },
): LegendLayout {
  const swatch = 28;
  const gap = 6;
  const spacing = fontSize * 1.5;
  const lineHeight = Math.round(fontSize * 1.3);
  const room = width - 2 * inset;
  const items: LegendItem[] = [];
  let x = inset;
  let rowTop = 0;
  let rowLines = 0;
  for (const { key, label } of entries) {
    const lines = wrapText(label, room - swatch - gap, fontSize);
    const itemWidth = swatch + gap + Math.max(...lines.map((l) => textWidth(l, fontSize)));
    if (x > inset && x + itemWidth > inset + room) {
      rowTop += rowLines * lineHeight + 4;
      x = inset;
      rowLines = 0;
    }
    items.push({ key, lines, x, y: rowTop + fontSize });
    rowLines = Math.max(rowLines, lines.length);
    x += itemWidth + spacing;
  }
  const height = items.length === 0 ? 0 : Math.ceil(rowTop + rowLines * lineHeight + 6);
  return { items, height, lineHeight, swatch, gap };
}
