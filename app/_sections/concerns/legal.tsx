/** Concerns page: the dated legal record. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { formatDate } from '@/lib/core/format';

import { SourceCites } from '@/app/_components/sources';

export function Legal({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="legal-heading">
      <h2 id="legal-heading">Permits and the law, by date</h2>
      <ol className="facts">
        {detail.concerns.legalTimeline.map((e) => (
          <li key={`${e.date}-${e.title}`}>
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
