/**
 * The front page's headline answers as figure cards (FigureCard), for their files and embed
 * pages: the same figures, the same formatting, as the answers at the top of the front page
 * (app/_sections/area/answers.tsx), from the region's model.
 */
import { formatDate, formatQuantity, formatRange, formatValue, withoutUnitWord } from '@/lib/core/format';
import { type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import type { AreaModel } from '@/lib/pages/area';
import { firstNox, turbineLines } from '@/lib/pages/answers';

import type { FigureCardProps } from '../_components/charts/figure-card';

const known = (qs: (Quantity | undefined)[]): Quantity[] => qs.filter((q): q is Quantity => q !== undefined && q.kind === 'known');

/** The sources and dates of the known figures among `qs`, for a card's attribution. */
export function figuresOf(qs: (Quantity | undefined)[]) {
  const given = known(qs);
  return { sourceIds: sourceIdsOf(given), dates: given.map((q) => (q.kind === 'known' ? q.asOf : undefined)) };
}

function names(list: string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** The electricity answer: the sites' power as homes; undefined where either is not known. */
export function electricityCard(model: AreaModel): FigureCardProps | undefined {
  const e = model.answers.electricity;
  if (e.total?.kind !== 'known' || e.homes?.kind !== 'known') return undefined;
  const main = `As much as ${formatQuantity(e.homes)} in ${e.homesIn} use`;
  return {
    heading: `${model.answers.title}: electricity`,
    title: `${main}: ${formatQuantity(e.total)} at ${names(e.parts.map((p) => p.site.facility.shortName))}`,
    main,
    sub: [
      `${formatQuantity(e.total)} at ${names(e.parts.map((p) => p.site.facility.shortName))}`,
      ...(e.homesUs?.kind === 'known' ? [`${formatQuantity(e.homesUs)} at the U.S. average`] : []),
    ],
    figures: figuresOf([e.total, e.homes, e.homesUs, ...e.parts.map((p) => p.q)]),
  };
}

/** The water answer: the sites' water a day, as homes and as a share of the utility's pumping; undefined where not known. */
export function waterCard(model: AreaModel): FigureCardProps | undefined {
  const w = model.answers.water;
  if (w.total?.kind !== 'known') return undefined;
  // a site's name is not broken across lines ("Colossus 1")
  const main = `${formatQuantity(w.total)} at ${names(w.parts.map((p) => p.site.facility.shortName.replace(/ /g, '\u00a0')))}`;
  return {
    heading: `${model.answers.title}: water`,
    title: `Water: ${main.replace(/\u00a0/g, ' ')}`,
    main,
    sub: [
      ...(w.homes?.kind === 'known' ? [`What ${formatQuantity(w.homes)} use`] : []),
      ...(w.ofPumping?.kind === 'known' ? [`${formatQuantity(w.ofPumping)} of ${model.answers.utility}'s pumping`] : []),
      ...(w.unknown.length > 0 ? [`Not known: ${names(w.unknown.map((x) => x.site.facility.shortName))}`] : []),
    ],
    figures: figuresOf([w.total, w.homes, w.ofPumping, ...w.parts.map((p) => p.q)]),
  };
}

/** A figure as the answers write it with `bare`: without its unit's words ("$18–120 million"). */
const bare = (q: KnownQuantity, range: boolean): string => withoutUnitWord(range ? formatRange(q) : formatValue(q.value, q.unit), q.unit);

/** The health answer: the damage a year as a range with its central case, and the deaths inferred; undefined where not known. */
export function healthCard(model: AreaModel): FigureCardProps | undefined {
  const h = model.answers.health;
  if (h?.kind !== 'figures') return undefined;
  const { range } = h.damage;
  const central = h.damage.cases.central.total;
  const deaths = h.deaths.range;
  if (range.kind !== 'known' || central.kind !== 'known' || deaths.kind !== 'known') return undefined;
  const year = h.context.dollarYear.year;
  const main = `${bare(range, true)} a year in health damage (central ${bare(central, false)}, ${year} dollars)`;
  return {
    heading: `${model.answers.title}: health`,
    title: `Health: ${main}, if the turbines emit ${h.named}`,
    main,
    sub: [
      `About ${bare(deaths, true)} premature deaths a year (our inference)`,
      `If the turbines emit ${h.named}`,
      `EPA stopped putting dollars on these effects in its rules in ${formatDate(h.context.epaDecision.date.slice(0, 7))}`,
    ],
    figures: figuresOf([range, deaths, ...h.tons.map((t) => t.tons)]),
  };
}

/** A figure as the answers write it, with the source's qualifier ("about 423.4 tons a year"). */
export const said = (q: KnownQuantity) => `${q.qualifier ? `${q.qualifier} ` : ''}${formatQuantity(q)}`;

/** The air answer: each site's gas turbines, counted or permitted, and its tons of NOx a year; undefined where none is on record. */
export function airCard(model: AreaModel): FigureCardProps | undefined {
  const a = model.answers.air;
  const lines = turbineLines(a);
  if (lines.length === 0) return undefined;
  // a site's name is not broken across lines ("Colossus 1")
  const site = (l: (typeof lines)[number]) => l.site.facility.shortName.replace(/ /g, '\u00a0');
  const main = lines
    .map((l) =>
      l.kind === 'counted' ? `${said(l.count)} at ${site(l)} (${formatDate(l.count.asOf)})` : `${said(l.count)} permitted at ${site(l)}`,
    )
    .join('; ');
  const nox = a.nox.map((n) => {
    const f = firstNox(n);
    const name = n.site.facility.shortName;
    if (f === undefined || f.q.kind !== 'known') return `${name}: not known`;
    return f === n.permitted ? `${name}: ${said(f.q)} permitted` : `${name}: ${said(f.q)} modelled (no cap found)`;
  });
  return {
    heading: `${model.answers.title}: air`,
    title: `Air: ${main.replace(/\u00a0/g, ' ')}`,
    main,
    sub: ['Tons of nitrogen oxides (NOx) a year:', ...nox],
    figures: figuresOf([...lines.map((l) => l.count), ...a.nox.map((n) => firstNox(n)?.q)]),
  };
}
