/**
 * The one formatter for numbers, ranges, units and dates. Components never call
 * toLocaleString themselves, so every figure on the site is written the same way.
 */
import type { KnownQuantity, Quantity } from './quantity';
import { hasRange } from './quantity';
import { type NumberStyle, ratioInWords, ratioInWordsEs, ratioRangeInWords, ratioRangeInWordsEs, roundAs, styleFor } from './rounding';
import { isMoney, UNITS, type Unit } from './units';
import { INTL_LOCALE, type Locale } from '../i18n/locales';
import { formatWords } from '../i18n/messages';

export { type NumberStyle, styleFor };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The words for large numbers, largest first: "1.32 billion", "1,32 mil millones". */
type Large = readonly (readonly [number, 'trillion' | 'billion' | 'million'])[];
const LARGE: Large = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
];
/** Dollars are said in millions too, as news and budgets say them: "$25 million", not "$25,000,000". */
const LARGE_MONEY: Large = [...LARGE, [1e6, 'million']];

/** A large number's word in a language, singular for exactly one ("1 millón", "1.5 millones"). */
function largeWord(word: Large[number][1], value: number, locale: Locale): string {
  const w = formatWords(locale).large;
  return value === 1 ? w[`${word}One`] : w[word];
}

/**
 * Formatters by their options. Building an Intl.NumberFormat costs far more than formatting with
 * one (ICU loads and parses the locale's patterns each time), and a page formats thousands of
 * numbers with a handful of styles, so each style's formatter is built once per process.
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** The number formatter of a language (en-US by default) with these options, built once. */
export function numberFormat(options: Intl.NumberFormatOptions = {}, locale: Locale = 'en'): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    formatters.set(key, f);
  }
  return f;
}

export function formatNumber(value: number, style: NumberStyle = {}, large: Large = LARGE, locale: Locale = 'en'): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot format ${value}`);
  for (const [size, word] of large) {
    // a sum rounded to a place (rule 3) is rounded there first: $1,318,000,000 to the ten millions is "1.32 billion"
    const v = style.place === undefined ? value : roundAs(value, style);
    if (Math.abs(v) >= size) {
      const shown = formatNumber(v / size, { significantFigures: style.significantFigures ?? 4 }, LARGE, locale);
      return `${shown} ${largeWord(word, Number(shown), locale)}`;
    }
  }
  if (style.place !== undefined) return numberFormat({}, locale).format(roundAs(value, style));
  const options: Intl.NumberFormatOptions =
    style.significantFigures === undefined
      ? { maximumFractionDigits: style.decimals ?? 2, minimumFractionDigits: Math.min(style.minDecimals ?? 0, style.decimals ?? 2) }
      : { maximumSignificantDigits: style.significantFigures };
  return numberFormat(options, locale).format(value);
}

const decimalsIn = (text: string) => /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
/** Significant digits as written: "0.40" has 2, "10" has 2, "10.0" has 3. */
const digitsIn = (text: string) => text.replace(/[^\d]/g, '').replace(/^0+/, '').length;

/**
 * The two ends of a range with the same number of decimals: "0.40–0.54", not "0.4–0.54". An end is
 * padded only where that claims no more significant figures than the style allows: at two, "1.5–10",
 * not "1.5–10.0".
 */
function alignDecimals(low: string, high: string, style: NumberStyle): [string, string] {
  const d = Math.max(decimalsIn(low), decimalsIn(high));
  if (d === 0 || /[a-z]/.test(low + high)) return [low, high];
  const most = style.significantFigures ?? Infinity;
  const pad = (t: string) => {
    const have = decimalsIn(t);
    if (have === d) return t;
    const padded = `${t}${have === 0 ? '.' : ''}${'0'.repeat(d - have)}`;
    return digitsIn(padded) > most ? t : padded;
  };
  return [pad(low), pad(high)];
}

const largeFor = (unit: Unit): Large => (isMoney(unit) ? LARGE_MONEY : LARGE);

function scaled(value: number, unit: Unit): number {
  return unit === 'share' ? value * 100 : value;
}

/** "150 MW", "15%", "219,000 households" ("219,000 hogares" in Spanish). */
export function formatValue(value: number, unit: Unit, style: NumberStyle = {}, locale: Locale = 'en'): string {
  const n = formatNumber(scaled(value, unit), style, largeFor(unit), locale);
  const label = unitLabel(unit, locale);
  if (unit === 'share') return `${n}%`;
  if (isMoney(unit)) return label === '' ? `$${n}` : `$${n} ${label}`;
  if (unit === 'ratio') return `${n}×`;
  if (label === '') return n;
  // Spanish counts in millions "of" something: "1.07 mil millones de galones al día"
  if (locale === 'es' && /(?:millones|millón|billones|billón)$/.test(n)) return `${n} de ${label}`;
  return `${n} ${label}`;
}

/** "171,000–254,000 households" (or a single value when low and high coincide), rounded by the site's rule unless `style` says otherwise. */
export function formatRange(q: KnownQuantity, style: NumberStyle = styleFor(q), locale: Locale = 'en'): string {
  if (!hasRange(q)) return formatValue(q.value, q.unit, style, locale);
  const large = largeFor(q.unit);
  const shownHigh = formatNumber(scaled(q.high, q.unit), style, large, locale);
  // both ends with the same decimals: "0.40–0.54%", not "0.4–0.54%"
  const [low, high] = alignDecimals(formatNumber(scaled(q.low, q.unit), style, large, locale), shownHigh, style);
  if (low === high) return formatValue(q.value, q.unit, style, locale);
  // both ends in millions (or billions): the word once, "$18–120 million", as one says it
  const word = / ([^\d]+)$/.exec(low)?.[1];
  const sameWord = word !== undefined && high.endsWith(` ${word}`);
  const lowShown = sameWord ? low.slice(0, -word.length - 1) : low;
  const between = sameWord ? '–' : `–${isMoney(q.unit) ? '$' : ''}`;
  return formatValue(q.high, q.unit, style, locale).replace(shownHigh, `${lowShown}${between}${high}`);
}

/** Central value, or "not known" for an unknown quantity. */
export function formatQuantity(q: Quantity, style: NumberStyle = styleFor(q), locale: Locale = 'en'): string {
  return q.kind === 'known' ? formatValue(q.value, q.unit, style, locale) : formatWords(locale).notKnown;
}

/** The word a unit is written with after a number: "households"; in Spanish, from its messages ("hogares"). */
export function unitLabel(unit: Unit, locale: Locale = 'en'): string {
  return locale === 'en' ? UNITS[unit].label : formatWords(locale).units[unit];
}

/** A figure's text without its unit's word, where a heading or the sentence gives it ("109,000" under "Homes"); a share keeps its %. */
export function withoutUnitWord(text: string, unit: Unit, locale: Locale = 'en'): string {
  const word = unitLabel(unit, locale);
  if (word === '' || !text.endsWith(` ${word}`)) return text;
  // "1.2 millones de hogares" without its word is "1.2 millones"
  return text.slice(0, -word.length - 1).replace(/ de$/, '');
}

/** "11 Feb 2026", "Jul 2024" or "2024" for full and partial ISO dates; in Spanish "11 feb 2026", by Intl's es-US months. */
export function formatDate(iso: string, locale: Locale = 'en'): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: "${iso}"`);
  const [, year, month, day] = m;
  if (month === undefined) return year as string;
  const monthName = locale === 'en' ? MONTHS[Number(month) - 1] : monthShort(Number(month), locale);
  if (monthName === undefined) throw new Error(`Not an ISO date: "${iso}"`);
  if (day === undefined) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
/** A month's short name in a language by Intl ("dic" in es-US); undefined for a month that is not 1–12. */
function monthShort(month: number, locale: Locale): string | undefined {
  if (!(month >= 1 && month <= 12)) return undefined;
  let f = monthFormats.get(locale);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
    monthFormats.set(locale, f);
  }
  return f.format(Date.UTC(2000, month - 1, 15));
}

/** "230,000 GPUs (range 200,000–230,000)": the central value with the source's qualifier ("more than 300 MW"), and the range when there is one. */
export function formatCentralAndRange(q: KnownQuantity, style: NumberStyle = styleFor(q)): string {
  const central = `${q.qualifier ? `${q.qualifier} ` : ''}${formatValue(q.value, q.unit, style)}`;
  if (!hasRange(q)) return central;
  const low = formatNumber(scaled(q.low, q.unit), style, largeFor(q.unit));
  const high = formatNumber(scaled(q.high, q.unit), style, largeFor(q.unit));
  return low === high ? central : `${central} (range ${low}–${high})`;
}

/**
 * The result of one step of arithmetic, after its "=" or "≈": the figure as shown, and for a ratio
 * between two figures the ratio in words too ("0.706×, about 29% less"), since "0.706×" alone says little.
 */
export function formatStepResult(q: KnownQuantity, locale: Locale = 'en'): string {
  const shown = formatRange(q, styleFor(q), locale);
  if (q.unit !== 'ratio' || q.value <= 0) return shown;
  if (locale === 'es') return `${shown}, ${hasRange(q) ? ratioRangeInWordsEs(q.low, q.high) : ratioInWordsEs(q.value)}`;
  return `${shown}, ${hasRange(q) ? ratioRangeInWords(q.low, q.high) : ratioInWords(q.value)}`;
}
