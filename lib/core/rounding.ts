/**
 * The one rounding rule of the site. Every figure on every page, in the report, the handout and
 * the downloads' "as shown" text is written through it.
 *
 * 1. A figure taken from a source is shown as the source gives it ("3,484.1 MW", "$0.0623 per kWh").
 * 2. A figure the site computes is shown with no more significant figures than its least precise
 *    input, and with two or three as a rule: min(3, max(2, p)), where p is the fewest significant
 *    figures among its inputs. A number counts the figures it is written with ("1,200 MW" four,
 *    "0.7 kW" one, "82 gallons" two). A count of things (15 turbines), a setting such as the load
 *    factor, and a definition such as 8,760 hours in a year limit nothing. (Counting a whole number's trailing zeros as not
 *    significant was tried: it rounds steps such as 1,200 MW × 8,760 h to 11,000,000 MWh, and the
 *    next step, which starts from the figure as shown, inherits a 5% error.) A share is shown with two ("37%"): it is a comparison
 *    for people, not an input to more arithmetic.
 * 3. A sum of figures as their sources give them is shown in full (425 MW + 1,276 MW = 1,701 MW);
 *    a sum with a rounded part is rounded to the place of that part's last significant digit.
 * 4. A computed figure enters the next step of arithmetic as it is shown, so that every displayed
 *    equation can be redone by hand from the numbers it shows (quantity.ts, derive()).
 * 5. Places on the map: 4 decimals of a degree (about 10 m); distances between them: a tenth of a mile, written with
 *    its tenth ("2.0 miles", so that "2 miles" is not read as rounded to a whole mile).
 * 6. A ratio between two figures is said in words ("about 9% less than"), not as "0.911×".
 */
import type { KnownQuantity, Quantity } from './quantity';
import { UNITS } from './units';

export type NumberStyle = {
  /** Round to this many significant figures. */
  significantFigures?: number;
  /** Show up to this many decimals (2 unless set). */
  decimals?: number;
  /** Show at least this many decimals, trailing zeros included ("2.0"); no more than `decimals`. */
  minDecimals?: number;
  /** Round to a multiple of this place value (10, 100, …): a sum with a rounded part. */
  place?: number;
};

/** Decimals of a degree a place's latitude and longitude are shown with (rule 5). */
export const COORDINATE_DECIMALS = 4;

/** Up to this many decimals are shown of a figure as its source gives it ($0.0623 per kWh). */
const AS_GIVEN: NumberStyle = { decimals: 6 };

/** The fewest and most significant figures a computed figure is shown with. */
export const MIN_FIGURES = 2;
export const MAX_FIGURES = 3;

/**
 * How many significant figures a number is written with: 1,200 → 4, 3,484.1 → 5, 0.0623 → 3; with
 * `approximate`, a whole number's trailing zeros do not count (1,000,000 → 1): how many figures a
 * rounded number shows.
 */
export function significantFiguresOf(n: number, approximate = false): number {
  if (!Number.isFinite(n)) throw new Error(`No significant figures in ${n}`);
  const written = Math.abs(n).toFixed(10).replace(/0+$/, '').replace(/\.$/, '');
  const whole = written.replace(/^0+/, '');
  const digits = written.includes('.') ? written.replace('.', '').replace(/^0+/, '') : approximate ? whole.replace(/0+$/, '') : whole;
  return Math.max(1, digits.length);
}

/**
 * How precise a figure is, in significant figures, for the figures computed from it: a sourced
 * figure as it is written (the least of its value, low and high); a setting or definition,
 * unlimited; a computed figure, the least of its inputs.
 */
export function precisionOf(q: KnownQuantity): number {
  if (q.basis === 'assumed' || (UNITS[q.unit].kind === 'count' && q.derivation === undefined)) return Number.POSITIVE_INFINITY;
  if (q.derivation !== undefined) return q.derivation.precision ?? Number.POSITIVE_INFINITY;
  return Math.min(...[q.value, q.low, q.high].map((v) => significantFiguresOf(v)));
}

/** The significant figures a computed figure is shown with: two or three (two for a share). */
export function figuresShown(q: KnownQuantity): number {
  if (q.unit === 'share') return MIN_FIGURES;
  return Math.min(MAX_FIGURES, Math.max(MIN_FIGURES, precisionOf(q)));
}

/** The place value of a number's last significant digit when it is shown to `figures`: 1,100 to 3 figures → 10. */
export function lastPlace(value: number, figures: number): number {
  if (value === 0) return 1;
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) - figures + 1);
}

/** How a figure is written: the rule above, as a style for the formatter. */
export function styleFor(q: Quantity): NumberStyle {
  if (q.unit === 'degrees') return { decimals: COORDINATE_DECIMALS };
  if (q.kind !== 'known' || q.derivation === undefined) return AS_GIVEN;
  if (q.unit === 'miles') return { decimals: 1, minDecimals: 1 };
  if (q.derivation.place !== undefined) return { place: q.derivation.place };
  if (q.derivation.exact) return AS_GIVEN;
  return { significantFigures: figuresShown(q) };
}

/** A number rounded as `style` writes it (before the formatter adds separators and units). */
export function roundAs(value: number, style: NumberStyle): number {
  if (value === 0) return 0;
  if (style.place !== undefined) return Math.round(value / style.place) * style.place;
  if (style.significantFigures !== undefined) return Number(value.toPrecision(style.significantFigures));
  return Number(value.toFixed(style.decimals ?? 2));
}

/** The figure as it is shown: value, low and high rounded by its style (a sourced figure is unchanged). */
export function asShown<Q extends Quantity>(q: Q): Q {
  if (q.kind !== 'known') return q;
  const style = styleFor(q);
  const value = roundAs(q.value, style);
  const low = roundAs(q.low, style);
  const high = roundAs(q.high, style);
  if (value === q.value && low === q.low && high === q.high) return q;
  return { ...q, value, low, high };
}

/** Whether showing the figure rounds it: its equation is then written with "≈" rather than "=". */
export function isRoundedWhenShown(q: KnownQuantity): boolean {
  return asShown(q) !== q;
}

/** toLocaleString('en-US')'s formatter, built once rather than on every call. */
const PLAIN = new Intl.NumberFormat('en-US');

/** "2.9", "14", "1.5": a multiple as a resident would say it, to two significant figures. */
function times(ratio: number): string {
  return PLAIN.format(roundAs(ratio, { significantFigures: 2 }));
}

/**
 * A ratio between two figures in words: "about 2.9 times", "about 40% more than", "about the same
 * as", "about 9% less than", "about a third of". `of` names what it is a ratio to ("the cap").
 */
export function ratioInWords(ratio: number, of = ''): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) throw new Error(`A ratio is a positive number (got ${ratio})`);
  const words =
    ratio >= 1.5
      ? `about ${times(ratio)} times`
      : ratio >= 1.05
        ? `about ${Math.round((ratio - 1) * 100)}% more than`
        : ratio > 0.95
          ? 'about the same as'
          : ratio >= 0.5
            ? `about ${Math.round((1 - ratio) * 100)}% less than`
            : `about ${Math.round(ratio * 100)}% of`;
  return of === '' ? words.replace(/ (than|as|of)$/, '') : `${words} ${of}`;
}

/** The Spanish multiple, as written in the United States ("2.9"): es-US groups and marks decimals as en-US does. */
const PLAIN_ES = new Intl.NumberFormat('es-US');

/**
 * ratioInWords in Spanish, in the same bands: "unas 2.9 veces", "un 40% más que", "más o menos lo mismo
 * que", "un 9% menos que", "un 29% de". `of` names what it is a ratio to ("el límite").
 */
export function ratioInWordsEs(ratio: number, of = ''): string {
  if (!(ratio > 0) || !Number.isFinite(ratio)) throw new Error(`A ratio is a positive number (got ${ratio})`);
  const words =
    ratio >= 1.5
      ? `unas ${PLAIN_ES.format(roundAs(ratio, { significantFigures: 2 }))} veces`
      : ratio >= 1.05
        ? `un ${Math.round((ratio - 1) * 100)}% más que`
        : ratio > 0.95
          ? 'más o menos lo mismo que'
          : ratio >= 0.5
            ? `un ${Math.round((1 - ratio) * 100)}% menos que`
            : `un ${Math.round(ratio * 100)}% de`;
  return of === '' ? words.replace(/ (que|de)$/, '') : `${words} ${of}`;
}

/** ratioRangeInWords in Spanish: "unas 14 a 24 veces"; one phrase when both ends say the same. */
export function ratioRangeInWordsEs(low: number, high: number, of = ''): string {
  const a = ratioInWordsEs(low, of);
  const b = ratioInWordsEs(high, of);
  if (a === b) return a;
  if (low >= 1.5)
    return `unas ${PLAIN_ES.format(roundAs(low, { significantFigures: 2 }))} a ${PLAIN_ES.format(roundAs(high, { significantFigures: 2 }))} veces${of === '' ? '' : ` ${of}`}`;
  return `de ${a} a ${b}`;
}

/** A range of ratios in words: "about 14 to 24 times the cap"; one phrase when both ends say the same. */
export function ratioRangeInWords(low: number, high: number, of = ''): string {
  const a = ratioInWords(low, of);
  const b = ratioInWords(high, of);
  if (a === b) return a;
  if (low >= 1.5) return `about ${times(low)} to ${times(high)} times${of === '' ? '' : ` ${of}`}`;
  return `from ${a} to ${b}`;
}
