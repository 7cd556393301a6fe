/**
 * The core of the health figures, on plain inputs so that any place can use it (a future calculator
 * for a proposed gas plant calls `healthImpact` with its own tons): health damage a year = Σ tons a year
 * × dollars per ton, in each case (low, central, high), every term with its arithmetic; premature
 * deaths a year = damage ÷ the value of a statistical life, in the same dollars. The deaths are this
 * site's inference, not a model's count.
 */
import { sumOf } from '../core/compare';
import { formatRange } from '../core/format';
import { derive, divideBounds, envelope, multiplyBounds, type Named, type Quantity, unknown } from '../core/quantity';
import { type Case, CASES, type Pollutant, POLLUTANTS } from '../data/schemas/health';
import type { PerTonCases, PerTonValues, ResolvedValue } from './dollars';

/** Tons a year of each pollutant, each with its name for the arithmetic ("NOx, permit cap"). */
export type TonsInput = { pollutant: Pollutant; tons: Named<'short tons/yr'> }[];

export type Term = { pollutant: Pollutant; tons: Named<'short tons/yr'>; perTon: ResolvedValue; dollars: Quantity<'USD2025/yr'> };

export type CaseDamage = {
  case: Case | 'cross-check';
  /** Σ of the terms; unknown where no pollutant given has a value in this case. */
  total: Quantity<'USD2025/yr'>;
  terms: Term[];
  /** Pollutants given whose tons this case puts no price on, and why. */
  notPriced: { pollutant: Pollutant; why: string }[];
};

export type Damage = {
  cases: Record<Case, CaseDamage>;
  /** The central case, with the low case's lowest and the high case's highest as its range. */
  range: Quantity<'USD2025/yr'>;
};

export type Deaths = {
  cases: Record<Case, Quantity<'deaths/yr'>>;
  range: Quantity<'deaths/yr'>;
  /** How the figure is made, to print beside it. */
  label: string;
};

const WORDS: Record<Case | 'cross-check', string> = {
  low: 'low case',
  central: 'central case',
  high: 'high case',
  'cross-check': 'cross-check',
};

/** One pollutant's damage a year: tons a year × dollars per ton. */
export function termDollars(tons: Named<'short tons/yr'>, perTon: Named<'USD2025/short ton'>): Quantity<'USD2025/yr'> {
  return derive(
    'USD2025/yr',
    [tons, perTon],
    ([t, v]) => multiplyBounds(t, v),
    ([t, v]) => `${formatRange(t)} × ${formatRange(v)}`,
  );
}

/**
 * Damage a year in one case: each pollutant's tons × its value in that case, added up. A pollutant the
 * case gives no value is listed, with why (from `notValued`, or because this case leaves it out).
 */
export function damageInCase(
  tons: TonsInput,
  values: PerTonValues,
  which: Case | 'cross-check',
  notValued: { pollutant: Pollutant; why: string }[] = [],
): CaseDamage {
  const terms: Term[] = [];
  const notPriced: CaseDamage['notPriced'] = [];
  for (const t of [...tons].sort((a, b) => POLLUTANTS.indexOf(a.pollutant) - POLLUTANTS.indexOf(b.pollutant))) {
    const v = values[t.pollutant];
    if (v === undefined) {
      const why =
        notValued.find((n) => n.pollutant === t.pollutant)?.why ?? `This ${WORDS[which]} has no dollar value per ton of ${t.pollutant}.`;
      notPriced.push({ pollutant: t.pollutant, why });
      continue;
    }
    const perTon = { name: `dollars per short ton of ${t.pollutant}, ${WORDS[which]}: ${v.label}`, quantity: v.value };
    terms.push({ pollutant: t.pollutant, tons: t.tons, perTon: v, dollars: termDollars(t.tons, perTon) });
  }
  const total =
    terms.length === 0
      ? unknown('USD2025/yr', `No pollutant given has a dollar value per ton in the ${WORDS[which]}.`)
      : sumOf(
          'USD2025/yr',
          terms.map((t) => ({ name: `health damage from ${t.pollutant}, ${WORDS[which]}`, quantity: t.dollars })),
        );
  return { case: which, total, terms, notPriced };
}

/** Damage a year in each case, and the central case with the spread of the three as its range. */
export function damage(tons: TonsInput, cases: PerTonCases, notValued: { pollutant: Pollutant; why: string }[] = []): Damage {
  const byCase = Object.fromEntries(CASES.map((c) => [c, damageInCase(tons, cases[c], c, notValued)])) as Record<Case, CaseDamage>;
  const range = envelope(
    'USD2025/yr',
    CASES.map((c) => ({ name: `health damage a year, ${WORDS[c]}`, quantity: byCase[c].total })),
    CASES.indexOf('central'),
    'the low, central and high cases: the lowest and highest they give, around the central case',
  );
  return { cases: byCase, range };
}

/** Premature deaths a year inferred from damage in 2025 dollars: damage ÷ the value of a statistical life in 2025 dollars. */
export function deathsFrom(damageTotal: Named<'USD2025/yr'>, vsl: Named<'USD2025'>): Quantity<'deaths/yr'> {
  return derive(
    'deaths/yr',
    [damageTotal, vsl],
    ([d, v]) => divideBounds(d, v),
    ([d, v]) => `${formatRange(d)} ÷ ${formatRange(v)}`,
  );
}

export const DEATHS_LABEL =
  "Premature deaths a year, inferred by this site: health damage ÷ the value of a statistical life, in the same dollars. EPA's tables of deaths per ton were not found, and its dollars count illness too.";

/** Deaths a year in each case, and the central case with the spread of the three. */
export function deaths(d: Damage, vsl: Quantity<'USD2025'>): Deaths {
  const v = { name: 'the value of a statistical life (EPA)', quantity: vsl };
  const cases = Object.fromEntries(
    CASES.map((c) => [c, deathsFrom({ name: `health damage a year, ${WORDS[c]}`, quantity: d.cases[c].total }, v)]),
  ) as Record<Case, Quantity<'deaths/yr'>>;
  const range = envelope(
    'deaths/yr',
    CASES.map((c) => ({ name: `premature deaths a year, ${WORDS[c]}`, quantity: cases[c] })),
    CASES.indexOf('central'),
    'the low, central and high cases: the lowest and highest they give, around the central case',
  );
  return { cases, range, label: DEATHS_LABEL };
}

/**
 * Damage and deaths for any tons at any place, from plain inputs: the tons of each pollutant, the dollar
 * values per ton that apply there (the national cases, or a place's own), and the value of a statistical
 * life, all in 2025 dollars.
 */
export function healthImpact(input: {
  tons: TonsInput;
  values: PerTonCases;
  vsl: Quantity<'USD2025'>;
  notValued?: { pollutant: Pollutant; why: string }[];
}): { damage: Damage; deaths: Deaths } {
  const d = damage(input.tons, input.values, input.notValued);
  return { damage: d, deaths: deaths(d, input.vsl) };
}
