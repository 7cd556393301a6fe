import { getSource } from '@/lib/data';
import { formatDate } from '@/lib/format';
import type { Source } from '@/lib/schemas';
import { sortSources } from '@/lib/sources';

function published(s: Source, sentence = false): string {
  if (s.publishedOn !== null) return formatDate(s.publishedOn);
  return sentence ? 'Date not recorded' : 'date not recorded';
}

/**
 * "Source: WREG News Channel 3, Jul 2024; …", each linking to the source's entry in the
 * page's list of sources, which gives its title, address and how it was read.
 */
export function SourceCites({ ids, label = 'Source' }: { ids: string[]; label?: string }) {
  if (ids.length === 0) return null;
  const sources = ids.map(getSource);
  return (
    <span className="cites">
      {label}
      {sources.length > 1 ? 's' : ''}:{' '}
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          <a href={`#source-${s.id}`}>
            {s.publisher.replace(/ \(.*\)$/, '')}, {published(s)}
            {s.via ? ' (copy)' : ''}
          </a>
        </span>
      ))}
    </span>
  );
}

/** The bibliography of a page: every source behind a figure on it, with a stable anchor. */
export function SourceList({ ids }: { ids: string[] }) {
  const sources = sortSources(ids.map(getSource));
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span className="source-publisher">{s.publisher}</span>. <cite>{s.title}</cite>. {published(s, true)}.{' '}
          <a href={s.url} className="source-url">
            {s.url}
          </a>{' '}
          <span className="source-accessed">
            (checked {formatDate(s.accessedOn)}
            {s.via ? `; read via ${s.via}` : ''})
          </span>
          {s.note ? <span className="source-note"> {s.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}
