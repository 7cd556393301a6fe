/**
 * A facility overview's headline figures as figure cards (FigureCard), for their files and embed
 * pages: each power figure's card and the on-site water's, in the words and with the figures the
 * overview's cards give them (app/_sections/overview), from the same overview model. Which cards
 * a view has is lib/pages/overview-cards.ts's to say.
 */
import { formatDate, formatRange, styleFor } from '@/lib/core/format';
import { hasRange, type Quantity } from '@/lib/core/quantity';
import { cardPowerFigure, cardWater, WATER_CARD } from '@/lib/pages/overview-cards';
import { type Overview, waterCaseText } from '@/lib/pages/overview';

import type { FigureCardProps } from '../_components/charts/figure-card';
import { figuresOf, said } from './cards';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A comparison as the page lists it: "≈ " before a figure the source gives no qualifier, then the figure. */
const compared = (q: Quantity, approx: boolean) => (q.kind !== 'known' ? undefined : `${approx && !q.qualifier ? '≈ ' : ''}${said(q)}`);

/** "(range 91,600–121,000 households)", as RangeNote writes it; '' where the figure has no range. */
function rangeNote(q: Quantity, prefix = 'range', brackets = true): string {
  if (q.kind !== 'known' || !hasRange(q)) return '';
  const text = formatRange(q, styleFor(q));
  if (!text.includes('–')) return '';
  return brackets ? `(${prefix} ${text})` : `${prefix} ${text}`;
}

const joined = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');

/** A power figure's card: the figure, what it is, its homes and its share of the utility; undefined where the view has no such figure known. */
export function powerFigureCard(overview: Overview, chart: string): FigureCardProps | undefined {
  const f = cardPowerFigure(overview, chart);
  if (f === undefined) return undefined;
  const u = overview.place.utility.shortName;
  const main = said(f.power);
  const homes = compared(f.households.overall, true);
  const range = rangeNote(f.households.overall, 'across all household baselines:', false);
  const shares = f.shareOfAverageLoad.kind === 'known' || f.shareOfSummerPeak.kind === 'known';
  const average = compared(f.shareOfAverageLoad, false);
  const peak = compared(f.shareOfSummerPeak, false);
  const heading = `${overview.facility.shortName}: ${f.label}`;
  return {
    heading,
    title: `${heading}: ${main}, ${f.description}`,
    main,
    sub: [
      `${capitalize(f.description)}${f.power.asOf ? ` (as of ${formatDate(f.power.asOf)})` : ''}.${f.event ? ` Event: ${f.event.title}.` : ''}`,
      ...(f.power.note ? [f.power.note] : []),
      ...(homes === undefined
        ? []
        : [
            `${homes} use as much electricity in a year (compared with the ${overview.defaultBaseline.label}${range === '' ? '' : `; ${range}`})`,
          ]),
      ...(shares && average !== undefined ? [`${average} of ${u}'s load on an average day`] : []),
      ...(shares && peak !== undefined ? [`${peak} of ${u}'s normal summer peak`] : []),
      ...(overview.loadFactor.note ? [overview.loadFactor.note] : []),
    ],
    figures: figuresOf([f.power, f.households.overall, f.shareOfAverageLoad, f.shareOfSummerPeak]),
  };
}

/** The on-site water's card: the figure for the view's water case, and what it is as homes, people and the utility's pumping. */
export function waterFigureCard(overview: Overview): FigureCardProps | undefined {
  const w = cardWater(overview);
  if (w === undefined) return undefined;
  const u = overview.place.utility.shortName;
  const main = said(w.use);
  const what = capitalize(waterCaseText(overview));
  const expected = w.reported && w.expected.kind === 'known' ? w.expected : undefined;
  const households = w.households && w.baseline ? compared(w.households, true) : undefined;
  const people = compared(w.people, true);
  const pumping = compared(w.shareOfPumping, false);
  const record = compared(w.shareOfRecordDay, false);
  const heading = `${overview.facility.shortName}: Water use on site`;
  return {
    heading,
    title: `${heading}: ${main}`,
    main,
    sub: [
      w.reported
        ? `${what}: ${w.reported.label}${w.use.asOf ? `, ${formatDate(w.use.asOf)}` : ''}.`
        : joined(what, rangeNote(w.use, 'sources give')),
      ...(expected
        ? [
            `Expected, beside it: ${hasRange(expected) ? `${expected.qualifier ? `${expected.qualifier} ` : ''}${formatRange(expected)}` : said(expected)}, the demand the sources expected before any use was reported.`,
          ]
        : []),
      ...(w.use.note ? [w.use.note] : []),
      ...(households !== undefined && w.households && w.baseline
        ? [joined(`${households} use as much water at home in a day (compared with the ${w.baseline.label})`, rangeNote(w.households))]
        : []),
      ...(people === undefined ? [] : [joined(`${people} use as much water at home in a day`, rangeNote(w.people))]),
      ...(pumping === undefined ? [] : [joined(`${pumping} of ${u}'s daily pumping`, rangeNote(w.shareOfPumping))]),
      ...(record === undefined ? [] : [joined(`${record} of ${u}'s all-time record day`, rangeNote(w.shareOfRecordDay))]),
    ],
    figures: figuresOf([w.use, expected, w.households, w.people, w.shareOfPumping, w.shareOfRecordDay]),
  };
}

/** The overview card with chart id `chart`, or undefined where the view has none (an unknown figure, no water). */
export function overviewCard(overview: Overview, chart: string): FigureCardProps | undefined {
  return chart === WATER_CARD ? waterFigureCard(overview) : powerFigureCard(overview, chart);
}
