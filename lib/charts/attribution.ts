/**
 * The words a chart carries inside its own drawing, so that a screenshot or a crop keeps them:
 * who published the figures it plots, how recent they are, and where the site is. The page
 * around a chart says all this at more length (the caption, the table's citations); these are
 * the few words that travel with the picture.
 */
import type { Locale } from '../i18n/locales';
import { formatWords } from '../i18n/messages';
import { formatDate } from '../core/format';
import { dataUpdatedOn, getSource } from '../data/load';
import { siteUrl } from '../pages/site';

export type ChartAttribution = {
  /** The publishers of the sources behind the plotted figures, most cited first. */
  publishers: string[];
  /** ["Figures up to 1 Jul 2026", "data updated 6 Dec 2026"]: one line, or two where it does not fit. */
  dates: string[];
  /** The site's address without its scheme: "example.org". */
  address: string;
  /** The language of its words (English unless given). */
  locale?: Locale;
};

/** What a chart plots, for its attribution: the source ids of its figures (one entry per figure citing it) and their dates. */
export type ChartFigures = { sourceIds: readonly string[]; dates: readonly (string | undefined)[] };

/**
 * The publishers of `sourceIds`, each once, the most cited first (ties in the order they first
 * appear). A source id counts once for each figure that cites it; a publisher, for all its sources.
 */
export function publishersOf(sourceIds: readonly string[], publisherOf: (id: string) => string): string[] {
  const count = new Map<string, number>();
  for (const id of sourceIds) {
    const p = publisherOf(id);
    count.set(p, (count.get(p) ?? 0) + 1);
  }
  const firstSeen = [...count.keys()];
  return firstSeen.sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || firstSeen.indexOf(a) - firstSeen.indexOf(b));
}

/**
 * "Source: Epoch AI", "Sources: Epoch AI; Memphis Flyer", "Sources: Epoch AI; Memphis Flyer;
 * WREG News Channel 3; and 5 more". Semicolons, because publishers' names have commas in them.
 * Names up to `most`, fewer where the words would pass `fits` (but always the first).
 */
export function sourceWords(
  publishers: readonly string[],
  { most = 3, fits = () => true, locale = 'en' }: { most?: number; fits?: (words: string) => boolean; locale?: Locale } = {},
): string {
  const w = formatWords(locale).chart;
  if (publishers.length === 0) return w.noneRecorded;
  const words = (shown: number) => {
    const names = publishers.slice(0, shown).join('; ');
    const rest = publishers.length - shown;
    // "and 5 more" is kept on one line (no-break spaces)
    return `${publishers.length === 1 ? w.source : w.sources}: ${names}${rest > 0 ? w.andMore.replace('{count}', String(rest)) : ''}`;
  };
  for (let shown = Math.min(most, publishers.length); shown > 1; shown--) {
    if (fits(words(shown))) return words(shown);
  }
  return words(1);
}

/** The latest of ISO dates, full or partial ("2026-07-01", "2024-11", "2024"); undefined when there is none. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  const given = dates.filter((d): d is string => d !== undefined && d !== '');
  return given.length === 0 ? undefined : given.reduce((a, b) => (b > a ? b : a));
}

/**
 * ["Figures up to 1 Jul 2026", "data updated 6 Dec 2026"]: the latest date among the plotted
 * figures, and the date of the data's last update (only the second when no figure is dated).
 * Written on one line they are joined with " · " (`joinDates`).
 */
export function dateWords(latest: string | undefined, updated: string, locale: Locale = 'en'): string[] {
  const w = formatWords(locale).chart;
  const update = w.dataUpdated.replace('{date}', formatDate(updated, locale));
  return latest === undefined ? [capitalise(update)] : [w.figuresUpTo.replace('{date}', formatDate(latest, locale)), update];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The date words on one line ("Figures up to 1 Jul 2026 · data updated 6 Dec 2026"), or each on its own line, capitalised. */
export function joinDates(dates: readonly string[], oneLine: boolean): string[] {
  return oneLine ? [dates.join(' · ')] : dates.map(capitalise);
}

/** "https://example.org/" → "example.org": an address as it is printed under a picture. */
export function addressWords(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/**
 * What a step chart plots: the events at which one of its series changed (the dots it draws),
 * with their sources and dates, and any `more` figures drawn beside them (a utility's peak).
 */
export function stepChartFigures(
  points: readonly { date: string; sourceIds: readonly string[]; changed: readonly string[] }[],
  series: readonly string[],
  more: ChartFigures = { sourceIds: [], dates: [] },
): ChartFigures {
  const shown = points.filter((p) => p.changed.some((k) => series.includes(k)));
  return {
    sourceIds: [...shown.flatMap((p) => p.sourceIds), ...more.sourceIds],
    dates: [...shown.map((p) => p.date), ...more.dates],
  };
}

/** What a bar chart plots: each bar's figure, with its sources and date. */
export function barChartFigures(rows: readonly { sourceIds: readonly string[]; asOf: string }[]): ChartFigures {
  return { sourceIds: rows.flatMap((r) => r.sourceIds), dates: rows.map((r) => r.asOf) };
}

/** The attribution of a chart plotting `figures`: publishers from the source registry, dates, and the site's address. */
export function chartAttribution(figures: ChartFigures, locale: Locale = 'en'): ChartAttribution {
  return {
    publishers: publishersOf(figures.sourceIds, (id) => getSource(id).publisher),
    dates: dateWords(latestDate(figures.dates), dataUpdatedOn(), locale),
    address: addressWords(siteUrl()),
    locale,
  };
}
