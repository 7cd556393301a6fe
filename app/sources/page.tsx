import type { Metadata } from 'next';
import Link from 'next/link';

import { listSources } from '@/lib/data/load';
import { FEED_ALTERNATE_TYPES } from '@/lib/feeds/links';
import { sourceUsage } from '@/lib/pages/source-usage';

import { SourceList } from '../_components/sources';

export const metadata: Metadata = {
  title: 'Sources',
  description:
    'Every source behind a figure on the site: title, publisher, date, address, the copy we read where we did not read the original, when we checked it, and which pages use it.',
  // a page's alternates replace the layout's: the feed is named again
  alternates: { canonical: '/sources', types: FEED_ALTERNATE_TYPES },
};

export default function SourcesPage() {
  const sources = listSources();
  const usage = sourceUsage();
  const copies = sources.filter((s) => s.copy !== undefined).length;
  const undated = sources.filter((s) => s.publishedOn === null).length;
  return (
    <article className="prose">
      <h1>Sources</h1>
      <p className="lede">
        Every figure on this site links to one of the {sources.length} entries below. Each entry gives the source&apos;s publisher, title,
        date and address, the date we checked the figure against its text, and the pages that use it.
      </p>
      <ul>
        <li>
          <strong>The date</strong> is the source&apos;s own date of publication. {undated} of the {sources.length} have none of their own
          (a living dataset, an undated web page): each says why, and is dated instead by the copy we read (&ldquo;as of Jun 2025&rdquo;) or
          by the day we read it (&ldquo;read 28 Nov 2026&rdquo;).
        </li>
        <li>
          <strong>Checked</strong> is the day we compared our figure with the source&apos;s own words.
        </li>
        <li>
          <strong>Read in a copy</strong> means we read the text somewhere other than the original outlet&apos;s page (a mirror, a
          syndicated or reposted copy, a copy of a data file); <strong>read as quoted elsewhere</strong> means we read only another page
          quoting or summarising it: {copies} of the {sources.length} entries. Each gives the original&apos;s address where we found it, and
          the copy&apos;s. On the pages, such citations say &ldquo;(read in a copy)&rdquo; or &ldquo;(read as quoted elsewhere)&rdquo;.
        </li>
        <li>
          Where we found no source for a figure, the page says so instead of citing one; the{' '}
          <Link href="/methodology#unknown">Methodology page</Link> lists what is not known.
        </li>
      </ul>
      <SourceList
        ids={sources.map((s) => s.id)}
        usedOn={(id) => {
          const uses = usage.get(id) ?? [];
          if (uses.length === 0) return <span className="source-used"> Not used on a page at the moment.</span>;
          return (
            <span className="source-used">
              {' '}
              Used on:{' '}
              {uses.map((u, i) => (
                <span key={u.href}>
                  {i > 0 ? ', ' : ''}
                  <Link href={u.href}>{u.text}</Link>
                </span>
              ))}
              .
            </span>
          );
        }}
      />
    </article>
  );
}
