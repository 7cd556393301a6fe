/**
 * Where a chart's own words go inside its drawing: a band above the plot with its title, and a
 * band below with its sources, dates and the site's address. Lines are broken here, on the
 * server, from estimated text widths (text.ts), since an SVG does not wrap text itself.
 */
import { type ChartAttribution, joinDates, sourceWords } from './attribution';
import { textWidth, wrapText } from './text';

export type BandKind = 'title' | 'sources' | 'date' | 'address';

/** One line of text in a band: `y` is its baseline, from the top of its band. */
export type BandLine = { kind: BandKind; text: string; x: number; y: number; anchor: 'start' | 'end'; bold: boolean };

export type Band = { lines: BandLine[]; height: number };

export type BandOptions = {
  /** The drawing's width in px. */
  width: number;
  /** The size of the axis labels; the bands use the same, the title a little more. */
  fontSize: number;
  /** Space left and right of the text. */
  inset?: number;
};

const LINE = 1.3;
/** Publishers' names take at most this many lines; the rest are counted ("and 5 more"). */
const SOURCE_LINES = 2;

export function titleSize(fontSize: number): number {
  return fontSize + 2;
}

/** The band above the plot: the chart's title, on as many lines as it needs. */
export function headerBand(title: string, { width, fontSize, inset = 8 }: BandOptions): Band {
  const size = titleSize(fontSize);
  const lines = wrapText(title, width - 2 * inset, size, { bold: true });
  return {
    lines: lines.map((text, i) => ({ kind: 'title', text, x: inset, y: size + i * size * LINE, anchor: 'start', bold: true })),
    height: Math.ceil(size * 0.4 + lines.length * size * LINE),
  };
}

/**
 * The band below the plot: the sources (as many publishers as fit on two lines, then "and N
 * more"), then the dates, with the site's address at the right of the last line where it fits
 * and on a line of its own where it does not. The two dates share a line where they fit.
 */
export function footerBand(attribution: ChartAttribution, { width, fontSize, inset = 8 }: BandOptions): Band {
  const room = width - 2 * inset;
  const wrap = (text: string) => wrapText(text, room, fontSize);
  const rows: Omit<BandLine, 'y'>[][] = [];
  const sources = sourceWords(attribution.publishers, { fits: (w) => wrap(w).length <= SOURCE_LINES, locale: attribution.locale });
  for (const text of wrap(sources)) rows.push([{ kind: 'sources', text, x: inset, anchor: 'start', bold: false }]);
  const gap = fontSize * 1.5;
  const fits = (text: string) => textWidth(text, fontSize) <= room;
  const oneLine = joinDates(attribution.dates, true);
  const dates = oneLine.every(fits) ? oneLine : joinDates(attribution.dates, false);
  dates.flatMap(wrap).forEach((text) => rows.push([{ kind: 'date', text, x: inset, anchor: 'start', bold: false }]));
  const address: Omit<BandLine, 'y'> = { kind: 'address', text: attribution.address, x: inset, anchor: 'start', bold: false };
  const last = rows[rows.length - 1]?.[0];
  if (last !== undefined && textWidth(last.text, fontSize) + gap + textWidth(address.text, fontSize) <= room) {
    rows[rows.length - 1]?.push({ ...address, x: width - inset, anchor: 'end' });
  } else {
    wrap(address.text).forEach((text) => rows.push([{ ...address, text }]));
  }
  // a little room above the first line, for the rule that sets the band off from the axis
  const top = fontSize * 0.6;
  return {
    lines: rows.flatMap((row, i) => row.map((l) => ({ ...l, y: top + fontSize + i * fontSize * LINE }))),
    height: Math.ceil(top + fontSize * 0.4 + rows.length * fontSize * LINE),
  };
}
