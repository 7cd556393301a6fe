import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';

import { getSource, sortSources } from '@/lib/data/load';
import { formatDate } from '@/lib/core/format';
import type { Source } from '@/lib/data/schemas/sources';

function published(s: Source, sentence = false): string {
  if (s.publishedOn !== null) return formatDate(s.publishedOn);
  return sentence ? 'Date not recorded' : 'date not recorded';
}

/** The address of a source's entry on the sources page: stable, so it can be cited and shared. */
export function sourceHref(id: string): string {
  return `/sources#source-${id}`;
}

/**
 * "Source: WREG News Channel 3, Jul 2024; …", each linking to the source's entry on the
 * sources page, which gives its title, address, how it was read and where it is used.
 */
export function SourceCites({ ids, label = 'Source', compact = false }: { ids: string[]; label?: string; compact?: boolean }) {
  if (ids.length === 0) return null;
  const sources = ids.map(getSource);
  // compact, for the answers a page leads with: the month of publication, and "read in a copy" only in the link's title
  const date = (s: Source) => (compact && s.publishedOn !== null ? formatDate(s.publishedOn.slice(0, 7)) : published(s));
  return (
    <span className="cites">
      {`${label}${sources.length > 1 ? 's' : ''}: `}
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 ? '; ' : null}
          <a href={sourceHref(s.id)} title={compact && s.copy ? 'read in a copy' : undefined}>
            {`${s.publisher.replace(/ \(.*\)$/, '').replace(/,.*$/, compact ? '' : '$&')}, ${date(s)}${s.copy && !compact ? ' (copy)' : ''}`}
          </a>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * The bibliography: every source with a stable anchor (`#source-<id>`), its address, when we
 * checked it and how it was read; `usedOn` adds the pages whose figures rest on it.
 */
export function SourceList({ ids, usedOn }: { ids: string[]; usedOn?: (id: string) => ReactNode }) {
  const sources = sortSources(ids.map(getSource));
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span className="source-publisher">{s.publisher}</span>. <cite>{s.title}</cite>. {published(s, true)}.{' '}
          {s.url === null ? (
            <span className="source-url">Address not recorded.</span>
          ) : (
            <a href={s.url} className="source-url">
              {s.url}
            </a>
          )}{' '}
          <span className="source-accessed">{`(checked ${formatDate(s.accessedOn)}${s.copy ? `; read via ${s.copy.what}` : ''})`}</span>
          {s.note ? <span className="source-note"> {s.note}</span> : null}
          {usedOn ? usedOn(s.id) : null}
        </li>
      ))}
    </ol>
  );
}

/** The end of a page: where its sources are listed in full. */
export function SourcesNote({ count }: { count: number }) {
  return (
    <section aria-labelledby="sources-heading" className="section">
      <h2 id="sources-heading">Sources</h2>
      <p>
        The figures on this page rest on {count} sources. Each source link above leads to its entry on the{' '}
        <Link href="/sources">Sources page</Link>, which gives its title, its address, the date we checked it, whether we read the original
        or a copy, and every page that uses it. The <Link href="/methodology">Methodology page</Link> gives every formula and setting.
      </p>
    </section>
  );
}
