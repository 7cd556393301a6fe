/** Concerns page: the dated legal record, each event with its stable anchor, and related cases at other sites. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { legalAnchor, siteInSentence } from '@/lib/pages/concerns-legal';
import { CONCERNS_HEADINGS, headingOf, shows } from '@/lib/pages/concerns-top';
import { publicPath } from '@/lib/pages/site';
import { formatDate } from '@/lib/core/format';

import { EventCites } from '@/app/_components/sources';

export function Legal({ detail }: { detail: ConcernsDetail }) {
  const heading = headingOf(detail.contents, 'legal');
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <ol className="facts">
        {detail.concerns.legalTimeline.map((e) => (
          <li key={e.id} id={legalAnchor(e)}>
            <strong>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}.
            </strong>{' '}
            {e.description} <EventCites event={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Legal events at other sites that bear on this one, as the data declares them, with why; each
 * links to its entry on that site's Concerns page. The link carries no settings: a date or a
 * household baseline of this site may not exist at the other.
 */
export function RelatedLegal({ detail }: { detail: ConcernsDetail }) {
  if (!shows(detail.contents, 'related')) return null;
  const heading = headingOf(detail.contents, 'related');
  const here = siteInSentence(detail.facility);
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      {detail.related.map((r) => {
        const there = siteInSentence(r.facility);
        const page = publicPath(r.facility.id, 'concerns');
        return (
          <div key={r.facility.id} className="related-legal">
            <p className="section-intro">
              {r.why} <strong>{`These concern ${there}, not ${here}.`}</strong> Each links to its entry in{' '}
              <a href={`${page}#${CONCERNS_HEADINGS.legal.id}`}>{`${there}'s legal record`}</a>.
            </p>
            <ol className="facts">
              {r.events.map((e) => (
                <li key={e.id}>
                  <strong>
                    <time dateTime={e.date}>{formatDate(e.date)}</time>, {r.facility.shortName}:{' '}
                    <a href={`${page}#${legalAnchor(e)}`}>{e.title}</a>.
                  </strong>{' '}
                  {e.description} <EventCites event={e} />
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
