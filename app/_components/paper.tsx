/**
 * The parts every printed page shares (reports, handouts): numbered references to a numbered list
 * of sources with their addresses printed, the arithmetic of a figure as steps, and the link and QR
 * code of the exact view. Addresses come from the site's configuration (siteUrl), never a request.
 */
import QRCode from 'qrcode';
import type { ReactNode } from 'react';

import { flattenDerivation } from '@/lib/core/derivation';
import { formatDate, formatStepResult } from '@/lib/core/format';
import { type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { isRoundedWhenShown } from '@/lib/core/rounding';
import { getSource } from '@/lib/data/load';
import type { Source, SourceCopy } from '@/lib/data/schemas/sources';
import { sourceDateWords, sourceDating } from '@/lib/data/source-dates';
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { siteUrl } from '@/lib/pages/site';

import { pageLocale, usePageLocale } from '../_i18n/locale';

import { Figure, SiteText } from './quantity';

const wordsOf = (locale: Locale) => MESSAGES[locale].figures;

/** "[3, 7]": the numbers of the sources behind one figure or several (and behind their inputs), or of sources named by id. */
export function Refs({ q = [], ids = [], order }: { q?: Quantity | Quantity[]; ids?: string[]; order: string[] }) {
  const numbers = [...new Set([...sourceIdsOf(Array.isArray(q) ? q : [q]), ...ids].map((id) => order.indexOf(id) + 1))]
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  return <span className="refs">[{numbers.join(', ')}]</span>;
}

/** A figure's arithmetic, one step a line, each adding up as displayed ("≈" where the result is rounded). */
export function Arithmetic({ q }: { q: Quantity }) {
  if (q.kind !== 'known' || q.derivation === undefined) return null;
  return <Steps steps={flattenDerivation(q).steps} />;
}

/** Steps of arithmetic, one a line, each with "≈" where its result is rounded as shown. */
export function Steps({ steps, locale: localeProp }: { steps: { formula: string; result: KnownQuantity }[]; locale?: Locale }) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  return (
    <ol className="report-steps">
      {steps.map((s, i) => (
        <li key={i}>
          <SiteText text={s.formula} locale={locale} /> {isRoundedWhenShown(s.result) ? '≈' : '='} {formatStepResult(s.result, locale)}
        </li>
      ))}
    </ol>
  );
}

/**
 * The numbered list of sources, in the order given, each with its date (or when it was read, for a
 * source with none) and every address it has printed: the original's, and the copy's where we read one.
 */
export function NumberedSources({
  ids,
  headingId,
  title,
  compact = false,
  titles = true,
  locale: localeProp,
}: {
  ids: string[];
  headingId: string;
  title?: string;
  /** The page's language: the list's own words in it; the sources' titles and publishers stay in theirs. */
  locale?: Locale;
  /** For a handout: the copy is named in a word and its address printed; the full note is on the Sources page. */
  compact?: boolean;
  /** False: publisher, date and one address only, the original's or else the copy's (a page printed as a fallback; the Sources page has the titles and both addresses). */
  titles?: boolean;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  return (
    <section aria-labelledby={headingId} className="report-sources">
      <h2 id={headingId}>{title ?? wordsOf(locale).sources}</h2>
      <ol>
        {ids.map((id) => {
          const s = getSource(id);
          return (
            <li key={id} data-source-id={id}>
              {s.publisher}. {titles ? <cite>{compact ? shortTitle(s.title) : s.title}</cite> : null}
              {titles ? '. ' : ''}
              {capitalize(sourceDateWords(s, { locale }))}.{' '}
              {titles ? <PrintedAddresses s={s} compact={compact} locale={locale} /> : <PrintedAddress s={s} locale={locale} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "read in a copy" or "read as quoted", for a printed list. */
function howRead(copy: SourceCopy, locale: Locale): string {
  return copy.kind === 'copy' ? wordsOf(locale).readInCopy : wordsOf(locale).readAsQuotedShort;
}

/** Every address of a source, printed: the original's (or that it was not found), then the copy read, its date and address. */
function PrintedAddresses({ s, compact, locale }: { s: Source; compact: boolean; locale: Locale }) {
  const copy = s.copy;
  const w = wordsOf(locale);
  return (
    <>
      <span className="source-url">{s.url ?? (s.noAddress ? w.noAddress : w.addressNotFound)}</span>
      {copy ? (
        <>
          {` (${howRead(copy, locale)}${compact ? '' : `: ${copy.what}`}`}
          {copy.publishedOn !== undefined && sourceDating(s).by === 'published' && copy.publishedOn !== s.publishedOn
            ? `, ${formatDate(copy.publishedOn, locale)}`
            : ''}
          {copy.url !== null ? (
            <>
              {', '}
              <span className="source-url">{copy.url}</span>
            </>
          ) : null}
          {')'}
        </>
      ) : null}
    </>
  );
}

/** One address, for a page printed as a fallback: the original's, or else the copy's; the Sources page has both. */
function PrintedAddress({ s, locale }: { s: Source; locale: Locale }) {
  const copy = s.copy;
  if (s.url !== null)
    return (
      <>
        <span className="source-url">{s.url}</span>
        {copy ? ` (${howRead(copy, locale)})` : ''}
      </>
    );
  if (copy?.url)
    return (
      <>
        {`${capitalize(howRead(copy, locale))}: `}
        <span className="source-url">{copy.url}</span>
      </>
    );
  return <span className="source-url">{wordsOf(locale).noAddress}</span>;
}

function capitalize(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A title cut at a word near 70 characters ("…"): on a handout the address identifies the source, the Sources page has the rest. */
function shortTitle(title: string): string {
  if (title.length <= 80) return title;
  const cut = title.slice(0, 70);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The full address of a view on this site, from configuration. */
export function viewUrl(pathAndQuery: string): string {
  return `${siteUrl()}${pathAndQuery}`;
}

/** A QR code of the exact view, drawn as SVG on the server, with the address beside it in words. */
export async function ViewQr({ url, className = 'qr', locale: localeProp }: { url: string; className?: string; locale?: Locale }) {
  const locale = localeProp ?? (await pageLocale());
  const qr = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return <div className={className} role="img" aria-label={`${wordsOf(locale).qr} ${url}`} dangerouslySetInnerHTML={{ __html: qr }} />;
}

/**
 * The head of a printed page: what it is, its title, where, the lines the page adds (its date and
 * settings), and the QR code of the exact view with the address written under it.
 */
export async function PaperHead({
  kind,
  title,
  where,
  url,
  children,
  locale: localeProp,
}: {
  kind: 'report' | 'handout';
  locale?: Locale;
  title: string;
  /** Where it is, in words (a facility's report adds the numbers of its address's sources). */
  where: ReactNode;
  url: string;
  children?: ReactNode;
}) {
  const locale = localeProp ?? (await pageLocale());
  return (
    <header className="paper-head">
      <div>
        <p className="eyebrow">
          {wordsOf(locale).paper} · {wordsOf(locale)[kind]}
        </p>
        <h1>{title}</h1>
        <p className="paper-where">{where}</p>
        {children}
      </div>
      <div className="paper-qr">
        <ViewQr url={url} locale={locale} />
        <p className="qr-url">{url}</p>
      </div>
    </header>
  );
}

/**
 * A figure in a printed sentence or cell, with its date and the numbers of its sources:
 * "150 MW (1 May 2025) [2]"; a computed figure's date is its latest input's. A figure that is not
 * known says so, with why and where we looked (`reason`), unless the sentence around it says why.
 */
export function Cited({
  q,
  order,
  range = 'none',
  date = true,
  reason = true,
  locale: localeProp,
}: {
  q: Quantity;
  order: string[];
  range?: 'none' | 'inline' | 'note';
  date?: boolean;
  reason?: boolean;
  locale?: Locale;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (q.kind === 'unknown')
    return (
      <>
        <span className="value-unknown">{wordsOf(locale).notKnown}</span>
        {reason ? ` (${q.reason.replace(/\.$/, '')})` : ''} <Refs q={q} order={order} />
      </>
    );
  return (
    <>
      <Figure q={q} range={range} locale={locale} />
      {date && q.asOf ? <span className="as-of-inline"> ({formatDate(q.asOf, locale)})</span> : null} <Refs q={q} order={order} />
    </>
  );
}

/** Who says it, in words: the publishers of these sources, each once ("Mississippi Today; Floodlight"). */
export function whoSays(ids: string[]): string {
  return [...new Set(ids.map((id) => getSource(id).publisher.replace(/ \(.*\)$/, '')))].join('; ');
}
