/** Concerns page: the dated legal record, each event with its stable anchor, and related cases at other sites. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { legalAnchor, siteInSentence } from '@/lib/pages/concerns-legal';
import { publicPath } from '@/lib/pages/site';
import { formatDate } from '@/lib/core/format';

import { SourceCites } from '@/app/_components/sources';

export function Legal({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="legal-heading">
      <h2 id="legal-heading">Permits and the law, by date</h2>
      <ol className="facts">
        {detail.concerns.legalTimeline.map((e) => (
          <li key={e.id} id={legalAnchor(e)}>
            <strong>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}.
            </strong>{' '}
            {e.description} <SourceCites ids={e.sourceIds} />
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
  if (detail.related.length === 0) return null;
  const here = siteInSentence(detail.facility);
  return (
    <section className="section" aria-labelledby="legal-related-heading">
      <h2 id="legal-related-heading">Related cases at other xAI sites</h2>
      {detail.related.map((r) => {
        const there = siteInSentence(r.facility);
        const page = publicPath(r.facility.id, 'concerns');
        return (
          <div key={r.facility.id} className="related-legal">
            <p className="section-intro">
              {r.why} <strong>{`These concern ${there}, not ${here}.`}</strong> Each links to its entry in{' '}
              <a href={`${page}#legal-heading`}>{`${there}'s legal record`}</a>.
            </p>
            <ol className="facts">
              {r.events.map((e) => (
                <li key={e.id}>
                  <strong>
                    <time dateTime={e.date}>{formatDate(e.date)}</time>, {r.facility.shortName}:{' '}
                    <a href={`${page}#${legalAnchor(e)}`}>{e.title}</a>.
                  </strong>{' '}
                  {e.description} <SourceCites ids={e.sourceIds} />
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}
