/**
 * The parts every printed page shares (reports, handouts): numbered references to a numbered list
 * of sources with their addresses printed, the arithmetic of a figure as steps, and the link and QR
 * code of the exact view. Addresses come from the site's configuration (siteUrl), never a request.
 */
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import type { ReactNode } from 'react';

import { flattenDerivation } from '@/lib/core/derivation';
import { formatDate, formatStepResult } from '@/lib/core/format';
import { type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { isRoundedWhenShown } from '@/lib/core/rounding';
import { getSource } from '@/lib/data/load';
import type { Source, SourceCopy } from '@/lib/data/schemas/sources';
import { sourceDateWords, sourceDating } from '@/lib/data/source-dates';
import { siteUrl } from '@/lib/pages/site';

import { usePageLocale } from '../_i18n/locale';
import { Figure } from './quantity';

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
export function Steps({ steps }: { steps: { formula: string; result: KnownQuantity }[] }) {
  return (
    <ol className="report-steps">
      {steps.map((s, i) => (
        <li key={i}>
          {s.formula} {isRoundedWhenShown(s.result) ? '≈' : '='} {formatStepResult(s.result)}
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
}: {
  ids: string[];
  headingId: string;
  title?: string;
  /** For a handout: the copy is named in a word and its address printed; the full note is on the Sources page. */
  compact?: boolean;
  /** False: publisher, date and one address only, the original's or else the copy's (a page printed as a fallback; the Sources page has the titles and both addresses). */
  titles?: boolean;
}) {
  const t = useTranslations('paper');
  const locale = usePageLocale();
  return (
    <section aria-labelledby={headingId} className="report-sources">
      <h2 id={headingId}>{title ?? t('sources')}</h2>
      <ol>
        {ids.map((id) => {
          const s = getSource(id);
          return (
            <li key={id} data-source-id={id}>
              {s.publisher}. {titles ? <cite>{compact ? shortTitle(s.title) : s.title}</cite> : null}
              {titles ? '. ' : ''}
              {capitalize(sourceDateWords(s, {}, locale))}.{' '}
              {titles ? <PrintedAddresses s={s} compact={compact} /> : <PrintedAddress s={s} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** "read in a copy" or "read as quoted", for a printed list, in the page's language. */
function useHowRead(): (copy: SourceCopy) => string {
  const t = useTranslations('paper');
  return (copy) => (copy.kind === 'copy' ? t('readInCopy') : t('readQuoted'));
}

/** Every address of a source, printed: the original's (or that it was not found), then the copy read, its date and address. */
function PrintedAddresses({ s, compact }: { s: Source; compact: boolean }) {
  const copy = s.copy;
  const t = useTranslations('paper');
  const howRead = useHowRead();
  const locale = usePageLocale();
  return (
    <>
      <span className="source-url">{s.url ?? (s.noAddress ? t('noAddress') : t('notFound'))}</span>
      {copy ? (
        <>
          {` (${howRead(copy)}${compact ? '' : `: ${copy.what}`}`}
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
function PrintedAddress({ s }: { s: Source }) {
  const copy = s.copy;
  const t = useTranslations('paper');
  const howRead = useHowRead();
  if (s.url !== null)
    return (
      <>
        <span className="source-url">{s.url}</span>
        {copy ? ` (${howRead(copy)})` : ''}
      </>
    );
  if (copy?.url)
    return (
      <>
        {`${capitalize(howRead(copy))}: `}
        <span className="source-url">{copy.url}</span>
      </>
    );
  return <span className="source-url">{t('noAddress')}</span>;
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
export async function ViewQr({ url, className = 'qr' }: { url: string; className?: string }) {
  const qr = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const t = await getTranslations('paper');
  return <div className={className} role="img" aria-label={t('qr', { url })} dangerouslySetInnerHTML={{ __html: qr }} />;
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
}: {
  kind: 'report' | 'handout';
  title: string;
  /** Where it is, in words (a facility's report adds the numbers of its address's sources). */
  where: ReactNode;
  url: string;
  children?: ReactNode;
}) {
  const t = await getTranslations('paper');
  return (
    <header className="paper-head">
      <div>
        <p className="eyebrow">{t(`eyebrow.${kind}`)}</p>
        <h1>{title}</h1>
        <p className="paper-where">{where}</p>
        {children}
      </div>
      <div className="paper-qr">
        <ViewQr url={url} />
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
}: {
  q: Quantity;
  order: string[];
  range?: 'none' | 'inline' | 'note';
  date?: boolean;
  reason?: boolean;
}) {
  if (q.kind === 'unknown')
    return (
      <>
        <span className="value-unknown">not known</span>
        {reason ? ` (${q.reason.replace(/\.$/, '')})` : ''} <Refs q={q} order={order} />
      </>
    );
  return (
    <>
      <Figure q={q} range={range} />
      {date && q.asOf ? <span className="as-of-inline"> ({formatDate(q.asOf)})</span> : null} <Refs q={q} order={order} />
    </>
  );
}

/** Who says it, in words: the publishers of these sources, each once ("Mississippi Today; Floodlight"). */
export function whoSays(ids: string[]): string {
  return [...new Set(ids.map((id) => getSource(id).publisher.replace(/ \(.*\)$/, '')))].join('; ');
}
