/**
 * The top of a facility's Concerns page, for a reader who will not scroll twenty screens: the
 * answer to "is the air near me worse?" in plain words, built from figures the page already
 * holds (the turbines, the permit's NOx cap against the estimates, the studies of the air), and
 * the page's contents, one link per section it shows.
 */
import { againstCapInWords } from '../concerns/air';
import type { Quantity } from '../core/quantity';
import type { Concerns } from '../data/schemas/concerns';
import type { ConcernsDetail, EmissionFigure } from './concerns';
import { HEALTH_HEADING } from './health-heading';

/** Every section of the page, in order, with its heading's id and words: the headings and the contents read them from here. */
export const CONCERNS_HEADINGS = {
  answer: { id: 'answer-heading', title: 'Is the air near me worse?' },
  turbines: { id: 'turbines-heading', title: 'The gas turbines on site' },
  permit: { id: 'permit-heading', title: 'What the air permit allows' },
  nox: { id: 'nox-heading', title: 'Nitrogen oxides: the cap and the estimates' },
  grid: { id: 'grid-co2-heading', title: 'The same energy from the grid: carbon dioxide' },
  healthDamage: HEALTH_HEADING,
  disagreements: { id: 'disagree-heading', title: 'Where the records disagree' },
  neighbourhood: { id: 'neighbourhood-heading', title: 'The neighbourhood' },
  health: { id: 'health-heading', title: 'Health context' },
  burden: { id: 'burden-heading', title: 'Energy burden' },
  legal: { id: 'legal-heading', title: 'Permits and the law, by date' },
  related: { id: 'legal-related-heading', title: 'Related cases at other xAI sites' },
  sources: { id: 'sources-heading', title: 'Sources' },
} as const;

export type ConcernsSection = keyof typeof CONCERNS_HEADINGS;

export type ContentsEntry = { section: ConcernsSection; id: string; title: string };

/**
 * The sections the page shows for this facility, in order, each with its heading (the answer
 * above the contents is not listed: it is right there). A section without data is left out, and
 * its component shows nothing.
 */
export function concernsContents(c: Concerns): ContentsEntry[] {
  const entry = (section: ConcernsSection): ContentsEntry => {
    const h = CONCERNS_HEADINGS[section];
    const title = section === 'neighbourhood' && c.neighbourhood ? `${h.title}: ${c.neighbourhood.name}` : h.title;
    return { section, id: h.id, title };
  };
  const shown: [ConcernsSection, boolean][] = [
    ['turbines', true],
    ['permit', true],
    ['nox', true],
    ['grid', c.gridFactors.length > 0],
    ['healthDamage', c.tons !== undefined],
    ['disagreements', c.disagreements.length > 0 || (c.air?.studies.length ?? 0) > 1],
    ['neighbourhood', c.neighbourhood !== undefined],
    ['health', true],
    ['burden', c.energyBurden.length > 0],
    ['legal', true],
    ['related', c.relatedLegal.length > 0],
    ['sources', true],
  ];
  return shown.filter(([, on]) => on).map(([s]) => entry(s));
}

/** Whether the page shows a section: the one test the contents and the section's component both use. */
export function shows(contents: ContentsEntry[], section: ConcernsSection): boolean {
  return contents.some((e) => e.section === section);
}

/** The heading of a section, with the words the contents link to. */
export function headingOf(contents: ContentsEntry[], section: ConcernsSection): { id: string; title: string } {
  return contents.find((e) => e.section === section) ?? CONCERNS_HEADINGS[section];
}

/** An estimate with its multiple of the permit's cap. */
export type AgainstCap = { figure: EmissionFigure; times: Quantity<'ratio'> };

export type AirAnswer = {
  /** The answer in a sentence or two, in the data's words, with its sources. */
  inShort: NonNullable<Concerns['air']>['inShort'] | undefined;
  turbines: {
    /** The most turbines any report counted on site, up to the view's date. */
    most: Quantity<'turbines'> | undefined;
    /** The latest count on site, where it is another figure than the most (it may be "not known", with why). */
    latest: Quantity<'turbines'> | undefined;
    /** The turbines permitted, as of the view's date. */
    permitted: Quantity<'turbines'> | undefined;
  };
  nox: {
    cap: EmissionFigure;
    /** The estimates of what the turbines emitted (not the permit's cap, not a what-if), how many, and the two ends. */
    estimates: number;
    lowest: AgainstCap | undefined;
    highest: AgainstCap | undefined;
    /** "from under the cap to about 24 times it"; undefined where the cap or the estimates are not known. */
    inWords: string | undefined;
  };
  studies: NonNullable<Concerns['air']>['studies'];
};

const lowOf = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.low : Infinity);
const highOf = (e: EmissionFigure) => (e.tonsPerYear.kind === 'known' ? e.tonsPerYear.high : -Infinity);

/** The answer to "is the air near me worse?", from the page's own figures (see the module's comment). */
export function airAnswer(d: Pick<ConcernsDetail, 'concerns' | 'turbines' | 'nox' | 'noxCap' | 'noxAgainstCap'>): AirAnswer {
  // a count carries forward from report to report: the same figure, the same object
  const counts = d.turbines.flatMap((row) => (row.reportedCount ? [row.reportedCount] : []));
  const most = counts.reduce<Quantity<'turbines'> | undefined>(
    (a, q) => (q.kind === 'known' && (a === undefined || (a.kind === 'known' && q.value > a.value)) ? q : a),
    undefined,
  );
  const last = counts.at(-1);
  const latest = last !== most ? last : undefined;
  const permitted = d.turbines.at(-1)?.permittedCount;

  const estimates = d.nox.filter((e) => e.kind === 'estimate' && e.tonsPerYear.kind === 'known');
  const against = (e: EmissionFigure | undefined): AgainstCap | undefined => {
    const x = d.noxAgainstCap.find((a) => a.figure === e);
    return x && { figure: x.figure, times: x.times };
  };
  const lowest = against(
    estimates.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || lowOf(e) < lowOf(a) ? e : a), undefined),
  );
  const highest = against(
    estimates.reduce<EmissionFigure | undefined>((a, e) => (a === undefined || highOf(e) > highOf(a) ? e : a), undefined),
  );
  const inWords =
    lowest?.times.kind === 'known' && highest?.times.kind === 'known' ? againstCapInWords(lowest.times.low, highest.times.high) : undefined;

  return {
    inShort: d.concerns.air?.inShort,
    turbines: { most, latest, permitted },
    nox: { cap: d.noxCap, estimates: estimates.length, lowest, highest, inWords },
    studies: d.concerns.air?.studies ?? [],
  };
}
