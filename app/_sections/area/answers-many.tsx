/**
 * The front page's answers when there are many sites (lib/pages/answer-lists.ts): the total, the
 * few largest sites by name, and how many more, with a link to the table below that lists them
 * all. With a few sites, the answers name every one (answers.tsx).
 */
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import { type AirAnswer, type ElectricityAnswer, firstNox, type TurbineLine, type WaterAnswer } from '@/lib/pages/answers';
import { type FewLargest, fewLargest } from '@/lib/pages/answer-lists';

import { Figure } from '../../_components/quantity';

/** "A, B and C". */
export function listWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Colossus 1 (Feb 2026)": a part of a sum with the month of its figure. */
export const partName = (name: string) => name.replace(/, (.*)$/, ' ($1)');

/**
 * ", and 97 more sites, listed in the table below": the sites not named, with a link to the table
 * that lists every one (`table`, an id on the region page). Where the page has no such table (a
 * report, a handout: `linked` false), it says where they are listed.
 */
export function MoreSites({ few, table, linked }: { few: FewLargest<unknown>; table: string; linked: boolean }) {
  if (few.more === 0) return null;
  const sites = `${few.more} more site${few.more === 1 ? '' : 's'}`;
  return linked ? (
    <>
      , and {sites}, <a href={`#${table}`}>listed in the table below</a>
    </>
  ) : (
    <>, and {sites}, each listed on the front page</>
  );
}

/** The data centers of the electricity total when they are many: how many, and the largest. */
export const electricityFew = (e: ElectricityAnswer) => fewLargest(e.parts, (p) => p.q.value);

export function ElectricityMany({ e, linked }: { e: ElectricityAnswer; linked: boolean }) {
  const few = electricityFew(e);
  return (
    <>
      {few.of} data centers, each by its latest outside estimate (its grid power in service where there is none); the largest,{' '}
      {listWords(few.named.map((p) => partName(p.name)))}
      <MoreSites few={few} table="electricity-table" linked={linked} />
      {e.leftOut.length > 0
        ? `; ${e.leftOut.length} ${e.leftOut.length === 1 ? 'site is' : 'sites are'} not added (partly inside another's figure, or no figure)`
        : ''}
    </>
  );
}

/** The sites of the water total when they are many: how many, and the largest. */
export const waterFew = (w: WaterAnswer) => fewLargest(w.parts, (p) => p.q.value);

export function WaterMany({ w, linked }: { w: WaterAnswer; linked: boolean }) {
  const few = waterFew(w);
  return (
    <>
      The most at {listWords(few.named.map((p) => partName(p.name)))}
      <MoreSites few={few} table="water-table" linked={linked} />.{' '}
    </>
  );
}

/** The sites with gas turbines on record when they are many: the most turbines first. */
export const turbinesFew = (lines: TurbineLine[]) => fewLargest(lines, (l) => l.count.value);

/** The headline: how many sites have gas turbines on record (their counts follow, in TurbinesMany). */
export const turbinesHeadline = (lines: TurbineLine[]) => `Gas turbines on record at ${lines.length} sites`;

/** The sites with the most turbines, each with its count and its date (or "permitted"), and how many more. */
export function TurbinesMany({ lines, linked }: { lines: TurbineLine[]; linked: boolean }) {
  const few = turbinesFew(lines);
  return (
    <>
      The most at{' '}
      {few.named.map((l, i) => (
        <Fragment key={l.site.facility.id}>
          {i > 0 ? '; ' : ''}
          {l.site.facility.shortName}, <Figure q={l.count} /> {l.kind === 'counted' ? `(${formatDate(l.count.asOf)})` : 'permitted'}
        </Fragment>
      ))}
      <MoreSites few={few} table="turbines-table" linked={linked} />.{' '}
    </>
  );
}

/** The gas sites' NOx when they are many: the largest figures first. */
export const noxFew = (a: AirAnswer) =>
  fewLargest(a.nox, (n) => {
    const q = firstNox(n)?.q;
    return q?.kind === 'known' ? q.value : NaN;
  });
