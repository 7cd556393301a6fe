import Link from 'next/link';
import { Fragment, type ReactNode } from 'react';

import { formatDate } from '@/lib/core/format';
import { getSource, sortSources } from '@/lib/data/load';
import type { Source } from '@/lib/data/schemas/sources';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { howReadWords, sourceDateSentence, sourceDateWords, sourceDating } from '@/lib/data/source-dates';

import { usePageLocale } from '../_i18n/locale';

/** The address of a source's entry on the sources page: stable, so it can be cited and shared. */
export function sourceHref(id: string): string {
  return `/sources#source-${id}`;
}

/** "WREG News Channel 3", "E&E News": the publisher without its parenthesis (and, compact, without what follows a comma). */
function shortPublisher(s: Source, compact: boolean): string {
  return s.publisher.replace(/ \(.*\)$/, '').replace(/,.*$/, compact ? '' : '$&');
}

/**
 * "TechCrunch, 3 Jul 2025 (read in a copy)", "Epoch AI, as of 7 Jun 2025 (read in a copy)" (a living
 * source, dated by the copy read), "Hugging Face, read 28 Nov 2026", "EPA WaterSense, read 28 Nov 2026
 * as quoted elsewhere". Compact: the date to the month only, and how it was read left to the link's title.
 */
export function citeWords(s: Source, compact = false, locale: Locale = 'en'): string {
  const how = howReadWords(s, locale);
  const dated = sourceDating(s).by;
  const date = sourceDateWords(s, { month: compact, locale });
  if (how === undefined || compact) return `${shortPublisher(s, compact)}, ${date}`;
  // "read 28 Nov 2026 in a copy", not "read 28 Nov 2026 (read in a copy)"
  if (dated === 'read') return `${shortPublisher(s, compact)}, ${date} ${how.replace(/^(?:read|leída) /, '')}`;
  return `${shortPublisher(s, compact)}, ${date} (${how})`;
}

/**
 * "Source: WREG News Channel 3, Jul 2024; …", each linking to the source's entry on the
 * sources page, which gives its title, addresses, dates, how it was read and where it is used.
 * `label` is written as given for one source and with an "s" for more ("earlier report", "earlier reports").
 */
export function SourceCites({
  ids = [],
  label,
  plural,
  compact = false,
  locale: localeProp,
}: {
  ids?: string[];
  label?: string;
  /** The label for more than one source, where adding "s" does not make it ("De la fuente", "De las fuentes"). */
  plural?: string;
  compact?: boolean;
  locale?: Locale;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (ids.length === 0) return null;
  const sources = ids.map(getSource);
  const w = MESSAGES[locale].figures;
  const one = label ?? w.source;
  const many = plural ?? (label === undefined ? w.sources : `${label}s`);
  return (
    <span className="cites">
      {`${sources.length > 1 ? many : one}: `}
      {sources.map((s, i) => (
        <Fragment key={s.id}>
          {i > 0 ? '; ' : null}
          {/* compact, for the answers a page leads with: the month, and how it was read only in the link's title */}
          <a href={sourceHref(s.id)} title={compact ? howReadWords(s, locale) : undefined}>
            {citeWords(s, compact, locale)}
          </a>
        </Fragment>
      ))}
    </span>
  );
}

/**
 * A dated event's sources: those that report it, then any it cites for something earlier that its
 * description recalls (a plan, an earlier figure), marked as such.
 */
export function EventCites({ event }: { event: { sourceIds: string[]; earlierSourceIds?: string[] } }) {
  return (
    <>
      <SourceCites ids={event.sourceIds} />
      {event.earlierSourceIds ? (
        <>
          {'; '}
          <SourceCites ids={event.earlierSourceIds} label="earlier report" />
        </>
      ) : null}
    </>
  );
}

/** Where a source can be read: the original's address, the copy's, or why there is none. */
function SourceAddresses({ s }: { s: Source }) {
  const copy = s.copy;
  return (
    <>
      {s.url !== null ? (
        <>
          {/* beside a copy's address, say which is which */}
          {copy === undefined ? null : 'Original: '}
          <a href={s.url} className="source-url">
            {s.url}
          </a>
        </>
      ) : (
        <span className="source-url">{s.noAddress ? `No address: ${s.noAddress}.` : 'The original’s address was not found.'}</span>
      )}{' '}
      <span className="source-accessed">
        {copy === undefined ? (
          `(checked ${formatDate(s.accessedOn)})`
        ) : (
          <>
            {`(${copy.kind === 'copy' ? 'Read in a copy' : 'Read as quoted elsewhere'}: ${copy.what}`}
            {copy.publishedOn !== undefined && sourceDating(s).by === 'published' && copy.publishedOn !== s.publishedOn
              ? `, dated ${formatDate(copy.publishedOn)}`
              : ''}
            {copy.url !== null ? (
              <>
                {', at '}
                <a href={copy.url} className="source-copy-url">
                  {copy.url}
                </a>
              </>
            ) : null}
            {`; checked ${formatDate(s.accessedOn)})`}
          </>
        )}
      </span>
    </>
  );
}

/**
 * The bibliography: every source with a stable anchor (`#source-<id>`), its date (or why it has
 * none and when it was read), its address and the copy's, when we checked it and how it was read;
 * `usedOn` adds the pages whose figures rest on it.
 */
export function SourceList({ ids, usedOn }: { ids: string[]; usedOn?: (id: string) => ReactNode }) {
  const sources = sortSources(ids.map(getSource));
  return (
    <ol className="source-list">
      {sources.map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span className="source-publisher">{s.publisher}</span>. <cite>{s.title}</cite>.{' '}
          <span className="source-date">{sourceDateSentence(s)}</span>. <SourceAddresses s={s} />
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
        <Link href="/sources">Sources page</Link>, which gives its title, its date, its address and that of any copy we read, the date we
        checked it, and every page that uses it. The <Link href="/methodology">Methodology page</Link> gives every formula and setting.
      </p>
    </section>
  );
}
