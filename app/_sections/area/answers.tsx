/**
 * The region page's answers, first: electricity as homes and against the grid, water in gallons a
 * day, the air in turbines and tons of NOx, and the next dated decision. Each answer is a sentence
 * a resident can repeat, with its sources and dates; the sections below show the work.
 */
import Link from 'next/link';
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import type { KnownQuantity, Quantity } from '@/lib/core/quantity';
import type { RegionAnswers } from '@/lib/pages/answers';

import { Figure } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

/** "Colossus 1 and Colossus 2", "A, B and C". */
function listWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const known = (q: Quantity | undefined): q is KnownQuantity => q?.kind === 'known';
const sourcesOf = (qs: (Quantity | undefined)[]) => [...new Set(qs.flatMap((q) => q?.sourceIds ?? []))];

/** "Colossus 1 (Feb 2026)": a part of a sum with the month of its figure. */
const partName = (name: string) => name.replace(/, (.*)$/, ' ($1)');

function More({ href }: { href: string }) {
  return (
    <a href={href} className="region-answer-more">
      How we got this
    </a>
  );
}

export function Answers({ answers }: { answers: RegionAnswers }) {
  const { electricity: e, water: w, air: a, utility: u } = answers;
  const next = answers.next[0];
  const turbines = a.turbines.filter((t) => known(t.onSite) || known(t.permitted));
  const firstNox = (n: (typeof a.nox)[number]) => (n.permitted && known(n.permitted.q) ? n.permitted : n.estimates.find((x) => known(x.q)));
  const biggest = a.largestSources?.sources[0];
  return (
    <section className="region-answers" aria-labelledby="region-answers-heading">
      <h2 id="region-answers-heading" className="region-answers-heading">
        What the sites ask of the region
      </h2>
      <dl className="region-answer-list">
        <div className="region-answer" id="answer-electricity">
          <dt>Electricity</dt>
          <dd>
            <p className="region-answer-main">
              As much as <Figure q={e.homes} /> in {e.homesIn} use
            </p>
            <p className="region-answer-sub">
              <Figure q={e.total} />: {listWords(e.parts.map((p) => partName(p.name)))}, outside estimates
              {e.leftOut.length > 0 ? ` (${listWords(e.leftOut.map((l) => l.site.facility.shortName))} partly inside)` : ''}.{' '}
              <Figure q={e.homesUs} /> at the U.S. average. As large as <Figure q={e.asLargeAsPeak} /> of {u}&apos;s summer peak
              {e.fromGrid ? (
                <>
                  ; {u} supplies <Figure q={e.fromGrid.power} />
                </>
              ) : null}
              . <SourceCites ids={sourcesOf(e.parts.map((p) => p.q))} compact /> · <More href="#electricity" />
            </p>
          </dd>
        </div>
        <div className="region-answer" id="answer-water">
          <dt>Water</dt>
          <dd>
            {w.total && known(w.total) ? (
              <p className="region-answer-main">
                <Figure q={w.total} /> at {listWords(w.parts.map((p) => partName(p.name)))}
              </p>
            ) : (
              <p className="region-answer-main">No site&apos;s water use is on record.</p>
            )}
            <p className="region-answer-sub">
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
              {w.unknown.length > 0 ? `Not known: ${listWords(w.unknown.map((x) => x.site.facility.shortName))}. ` : ''}
              <SourceCites ids={sourcesOf(w.parts.map((p) => p.q))} compact /> · <More href="#water" />
            </p>
          </dd>
        </div>
        <div className="region-answer" id="answer-air">
          <dt>Air</dt>
          <dd>
            <p className="region-answer-main">
              {turbines.map((t, i) => (
                <Fragment key={t.site.facility.id}>
                  {i > 0 ? '; ' : ''}
                  {known(t.onSite) ? (
                    <>
                      <Figure q={t.onSite} /> at {t.site.facility.shortName} ({formatDate(t.onSite.asOf)})
                    </>
                  ) : known(t.permitted) ? (
                    <>
                      <Figure q={t.permitted} /> permitted at {t.site.facility.shortName}
                    </>
                  ) : null}
                </Fragment>
              ))}
            </p>
            <p className="region-answer-sub">
              Tons of NOx a year:{' '}
              {a.nox.map((n, i) => {
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
              {biggest ? (
                <>
                  ; the area&apos;s largest source, {biggest.name}, <Figure q={biggest.tonsPerYear} /> (2020, as reported)
                </>
              ) : null}
              .{' '}
              <SourceCites
                ids={sourcesOf([
                  ...turbines.flatMap((t) => [known(t.onSite) ? t.onSite : t.permitted]),
                  ...a.nox.map((n) => firstNox(n)?.q),
                  biggest?.tonsPerYear,
                ])}
                compact
              />{' '}
              · <More href="#air" />
            </p>
          </dd>
        </div>
        {next ? (
          <div className="region-answer" id="answer-next">
            <dt>Next</dt>
            <dd>
              <p className="region-answer-main">
                {formatDate(next.date)}: {next.title}
              </p>
              <p className="region-answer-sub">
                <SourceCites ids={next.sourceIds} compact /> ·{' '}
                <Link href={`/facilities/${next.site.facility.id}/concerns`}>The permit and the legal record</Link>
              </p>
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
