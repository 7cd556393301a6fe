/**
 * The region page's answers, first: electricity as homes and against the grid, water in gallons a
 * day, the air in turbines and tons of NOx, and the next dated decision. Each answer is a sentence
 * a resident can repeat, with its sources and dates; the sections below show the work.
 */
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import { NAMED_IN_FULL } from '@/lib/pages/answer-lists';
import { firstNox, type RegionAnswers, turbineLines } from '@/lib/pages/answers';
import { NEXT_SHOWN } from '@/lib/pages/decisions';
import { siteUrl } from '@/lib/pages/site';

import { MoreDecisions, NEXT_PATH, NextDecisionList } from '../../_components/decisions';
import { Refs } from '../../_components/paper';
import { Figure } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import {
  ElectricityMany,
  electricityFew,
  listWords,
  MoreSites,
  noxFew,
  partName,
  turbinesFew,
  turbinesHeadline,
  TurbinesMany,
  WaterMany,
  waterFew,
} from './answers-many';
import { HealthWords } from './health';

const sourcesOf = (qs: (Quantity | undefined)[]) => [...new Set(qs.flatMap((q) => q?.sourceIds ?? []))];

function More({ href }: { href: string }) {
  return (
    <a href={href} className="region-answer-more">
      How we got this
    </a>
  );
}

/** Sources as links to the Sources page on screen; as numbers into the printed list where the page has one (`order`). */
function Cite({ ids, order }: { ids: string[]; order: string[] | undefined }) {
  return order === undefined ? <SourceCites ids={ids} compact /> : <Refs ids={ids} order={order} />;
}

function ElectricityWords({ answers, more, order }: { answers: RegionAnswers; more: boolean; order: string[] | undefined }) {
  const { electricity: e, utility: u } = answers;
  if (e.total !== undefined && e.homes !== undefined) {
    return (
      <>
        <p className="region-answer-main">
          As much as <Figure q={e.homes} /> in {e.homesIn} use
        </p>
        <p className="region-answer-sub">
          <Figure q={e.total} />:{' '}
          {electricityFew(e).more > 0 ? (
            <ElectricityMany e={e} linked={more} />
          ) : (
            <>
              {new Set(e.parts.map((p) => p.what)).size === 1
                ? `${listWords(e.parts.map((p) => partName(p.name)))}, ${e.parts.length > 1 && e.parts[0]?.what.startsWith('independent estimate') ? 'outside estimates' : e.parts[0]?.what}`
                : listWords(e.parts.map((p) => `${partName(p.name)} (${p.what})`))}
              {e.leftOut.length > 0 ? ` (${listWords(e.leftOut.map((l) => l.site.facility.shortName))} partly inside)` : ''}
            </>
          )}
          .{' '}
          {e.homesUs ? (
            <>
              <Figure q={e.homesUs} /> at the U.S. average.{' '}
            </>
          ) : null}
          {e.asLargeAsPeak?.kind === 'known' ? (
            <>
              As large as <Figure q={e.asLargeAsPeak} /> of {u}&apos;s summer peak
              {e.fromGrid ? (
                <>
                  ; {u} supplies <Figure q={e.fromGrid.power} />
                </>
              ) : null}
              .{' '}
            </>
          ) : null}
          <Cite ids={sourcesOf(e.parts.map((p) => p.q))} order={order} />
          {more ? (
            <>
              {' '}
              · <More href="#electricity" />
            </>
          ) : null}
        </p>
      </>
    );
  }
  const g = e.generators[0];
  if (g !== undefined) {
    return (
      <>
        <p className="region-answer-main">
          Permitted to generate {g.permitted ? <Figure q={g.permitted} /> : 'an unknown power'}
          {g.supplies.length > 0 ? ` for ${listWords(g.supplies)}` : ''}
        </p>
        <p className="region-answer-sub">
          {g.supplies.length > 0 ? `Its megawatts are ${listWords(g.supplies)}'s: counted there, not added again. ` : ''}
          {g.permitted ? <Cite ids={g.permitted.sourceIds} order={order} /> : null}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="region-answer-main">Not known on its own</p>
      <p className="region-answer-sub">
        {e.leftOut.map((l) => (
          <Fragment key={l.site.facility.id}>
            {l.site.facility.shortName}: {l.why} <Cite ids={l.sourceIds} order={order} />
          </Fragment>
        ))}
      </p>
    </>
  );
}

type WordsProps = { answers: RegionAnswers; more: boolean; order: string[] | undefined };

function MoreLink({ more, href }: { more: boolean; href: string }) {
  return more ? (
    <>
      {' '}
      · <More href={href} />
    </>
  ) : null;
}

function WaterWords({ answers, more, order }: WordsProps) {
  const { water: w, utility: u } = answers;
  if (w.total === undefined || w.total.kind !== 'known') {
    const only = w.unknown.length === 1 ? w.unknown[0] : undefined;
    return (
      <>
        <p className="region-answer-main">{only ? 'Not known' : 'No site’s water use is on record'}</p>
        <p className="region-answer-sub">
          {only ? (
            <>
              {only.why} <Cite ids={only.sourceIds} order={order} />
            </>
          ) : (
            `Not known: ${listWords(w.unknown.map((x) => x.site.facility.shortName))}.`
          )}
        </p>
      </>
    );
  }
  const many = waterFew(w).more > 0;
  return (
    <>
      <p className="region-answer-main">
        <Figure q={w.total} /> at {many ? `${w.parts.length} sites` : listWords(w.parts.map((p) => partName(p.name)))}
      </p>
      <p className="region-answer-sub">
        {many ? <WaterMany w={w} linked={more} /> : null}
        {w.homes ? (
          <>
            What <Figure q={w.homes} /> use;{' '}
          </>
        ) : null}
        {w.ofPumping ? (
          <>
            <Figure q={w.ofPumping} range="inline" /> of {u}&apos;s pumping.{' '}
          </>
        ) : null}
        {w.unknown.length > NAMED_IN_FULL
          ? `Not known at ${w.unknown.length} sites. `
          : w.unknown.length > 0
            ? `Not known: ${listWords(w.unknown.map((x) => x.site.facility.shortName))}. `
            : ''}
        <Cite ids={sourcesOf(w.parts.map((p) => p.q))} order={order} />
        <MoreLink more={more} href="#water" />
      </p>
    </>
  );
}

function AirWords({ answers, more, order }: WordsProps) {
  const { air: a, electricity: e } = answers;
  const lines = turbineLines(a);
  if (lines.length === 0) {
    return (
      <>
        <p className="region-answer-main">No gas turbines on site are on record</p>
        <p className="region-answer-sub">
          {e.supply.map((x) => (
            <Fragment key={x.site.facility.id}>
              {x.words} <Cite ids={x.sourceIds} order={order} />{' '}
            </Fragment>
          ))}
        </p>
      </>
    );
  }
  const biggest = a.largestSources?.sources[0];
  const nox = noxFew(a);
  const many = turbinesFew(lines).more > 0;
  return (
    <>
      <p className="region-answer-main">
        {many ? turbinesHeadline(lines) : null}
        {(many ? [] : lines).map((l, i) => (
          <Fragment key={l.site.facility.id}>
            {i > 0 ? '; ' : ''}
            {l.kind === 'counted' ? (
              <>
                <Figure q={l.count} /> at {l.site.facility.shortName} ({formatDate(l.count.asOf)})
              </>
            ) : (
              <>
                <Figure q={l.count} /> permitted at {l.site.facility.shortName}
              </>
            )}
          </Fragment>
        ))}
      </p>
      <p className="region-answer-sub">
        {many ? <TurbinesMany lines={lines} linked={more} /> : null}
        Tons of NOx a year:{' '}
        {nox.named.map((n, i) => {
          const f = firstNox(n);
          return (
            <Fragment key={n.site.facility.id}>
              {i > 0 ? '; ' : ''}
              {n.site.facility.shortName}{' '}
              {f === undefined ? (
                'not known'
              ) : f === n.permitted ? (
                <>
                  <Figure q={f.q} /> permitted
                </>
              ) : (
                <>
                  <Figure q={f.q} /> modelled by {f.by.replace(/,.*$/, '')} (no cap found)
                </>
              )}
            </Fragment>
          );
        })}
        <MoreSites few={nox} table="nox-table" linked={more} />
        {biggest ? (
          <>
            ; the area&apos;s largest source, {biggest.name}, <Figure q={biggest.tonsPerYear} /> (2020, as reported)
          </>
        ) : null}
        . <Cite ids={sourcesOf([...lines.map((l) => l.count), ...a.nox.map((n) => firstNox(n)?.q), biggest?.tonsPerYear])} order={order} />
        <MoreLink more={more} href="#air" />
      </p>
    </>
  );
}

/**
 * The answers a page leads with. `more` links each to the section below that shows its work (the
 * region page); a printed handout has no such sections.
 */
export function Answers({
  answers,
  more = true,
  headingLevel = 2,
  order,
  nextShown = NEXT_SHOWN,
  compactHealth = false,
}: {
  answers: RegionAnswers;
  more?: boolean;
  headingLevel?: 2 | 3;
  /** The numbered sources of a printed page: the answers cite them by number. */
  order?: string[];
  /** How many of the next decisions to list (a handout lists fewer). */
  nextShown?: number;
  /** The health answer on one line (a handout). */
  compactHealth?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="region-answers" aria-labelledby="region-answers-heading">
      <Heading id="region-answers-heading" className="region-answers-heading">
        {answers.title}
      </Heading>
      <dl className="region-answer-list">
        <div className="region-answer" id="answer-electricity">
          <dt>Electricity</dt>
          <dd>
            <ElectricityWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        <div className="region-answer" id="answer-water">
          <dt>Water</dt>
          <dd>
            <WaterWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        <div className="region-answer" id="answer-air">
          <dt>Air</dt>
          <dd>
            <AirWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        {answers.health !== undefined ? (
          <div className="region-answer" id="answer-health">
            <dt>Health</dt>
            <dd>
              <HealthWords health={answers.health} more={more} order={order} compact={compactHealth} />
            </dd>
          </div>
        ) : null}
        {answers.next.length > 0 ? (
          <div className="region-answer" id="answer-next">
            <dt>Next</dt>
            <dd>
              <NextDecisionList decisions={answers.next} limit={nextShown} order={order} />
              {order === undefined ? (
                <MoreDecisions decisions={answers.next} shown={Math.min(nextShown, answers.next.length)} />
              ) : (
                <p className="next-decisions-more">
                  All {answers.next.length} decisions, with who decides and how to take part: {siteUrl()}
                  {NEXT_PATH}
                </p>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
