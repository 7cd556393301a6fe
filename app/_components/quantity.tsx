import type { ReactNode } from 'react';

import { formatDate, formatRange, formatStepResult, formatValue, type NumberStyle, styleFor, withoutUnitWord } from '@/lib/core/format';
import { flattenDerivation } from '@/lib/core/derivation';
import { hasRange, type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { isRoundedWhenShown, ratioInWords, ratioRangeInWords } from '@/lib/core/rounding';
import type { Locale } from '@/lib/i18n/locales';
import { formatWords, MESSAGES } from '@/lib/i18n/messages';
import { inSpanish } from '@/lib/i18n/texts-es';

import { usePageLocale } from '../_i18n/locale';

import { DataText } from './in-english';
import { SourceCites } from './sources';

export { styleFor };

/** The words these components write in a language (lib/i18n/messages, "figures"). */
const wordsOf = (locale: Locale) => MESSAGES[locale].figures;

/**
 * A text the site computed (a label, a formula, an input's name, a note) in the page's language. In
 * Spanish, one not fully translated (a note from a source, a name from the data) stays English, with
 * lang="en" and "(en inglés)" after it.
 */
export function SiteText({ text, locale: localeProp }: { text: string; locale?: Locale }) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (locale === 'en') return <>{text}</>;
  const t = inSpanish(text);
  if (t.lang === locale) return <>{t.text}</>;
  return <DataText text={text} />;
}

/**
 * A figure, the same way on every page: the source's own qualifier ("more than"), the value with
 * its unit, or "not known". `range="inline"` writes a figure that sources give as a range as that
 * range ("1,200–2,000 tons a year"); `range="note"` adds the range after the central value.
 */
export function Figure({
  q,
  style,
  range = 'none',
  bare = false,
  locale: localeProp,
}: {
  q: Quantity;
  style?: NumberStyle;
  range?: 'none' | 'inline' | 'note';
  /** Without its unit's word, where a table's column head gives it ("109,000" under "Homes"); a share keeps its %. */
  bare?: boolean;
  locale?: Locale;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (q.kind === 'unknown') return <span className="value-unknown">{wordsOf(locale).notKnown}</span>;
  const s = style ?? styleFor(q);
  const text = range === 'inline' && hasRange(q) ? formatRange(q, s, locale) : formatValue(q.value, q.unit, s, locale);
  return (
    <>
      {q.qualifier ? `${formatWords(locale).qualifiers[q.qualifier]} ` : null}
      <data value={q.value} className="value">
        {bare ? withoutUnitWord(text, q.unit, locale) : text}
      </data>
      {range === 'note' ? <RangeNote q={q} style={s} lead locale={locale} /> : null}
    </>
  );
}

/**
 * A ratio between two figures, said in words (rounding.ts, rule 6): "about 9% less than the
 * estimate", "about 14 to 23 times the cap", never "0.911×".
 */
export function RatioWords({ q, of = '' }: { q: Quantity<'ratio'>; of?: string }) {
  if (q.kind === 'unknown') return <span className="value-unknown">not known</span>;
  return (
    <data value={q.value} className="value">
      {hasRange(q) ? ratioRangeInWords(q.low, q.high, of) : ratioInWords(q.value, of)}
    </data>
  );
}

/**
 * One figure in a list of facts: its label, the figure, what the source or the site adds, its
 * date and sources; for a figure that is not known, why, and where we looked.
 */
export function FigureItem({
  label,
  q,
  range = 'note',
  style,
  children,
  locale: localeProp,
}: {
  label: string;
  q: Quantity;
  range?: 'inline' | 'note';
  /** Only to show a modelled figure with fewer digits than its source prints ("about 55 in a million"). */
  style?: NumberStyle;
  children?: ReactNode;
  /** The page's language: the label, the note and the reason are then shown in it where they can be (SiteText). */
  locale?: Locale;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  return (
    <li>
      <strong>
        <SiteText text={label} locale={locale} />:
      </strong>{' '}
      {style ? wordsOf(locale).about : null}
      <Figure q={q} range={range} style={style} locale={locale} />
      {children}
      {q.kind === 'known' ? (
        <>
          {q.note ? (
            <span className="input-note">
              {' '}
              <SiteText text={q.note} locale={locale} />
            </span>
          ) : null}{' '}
          <Provenance q={q} inline locale={locale} />
        </>
      ) : (
        <span className="value-unknown">
          {' '}
          <SiteText text={q.reason} locale={locale} /> <SourceCites ids={q.sourceIds} locale={locale} />
        </span>
      )}
    </li>
  );
}

/** "(range 171,000–254,000 households)" when the figure has a range; `bare` drops the brackets. */
export function RangeNote({
  q,
  style,
  prefix,
  bare = false,
  lead = false,
  locale: localeProp,
}: {
  q: Quantity;
  style?: NumberStyle;
  prefix?: string;
  bare?: boolean;
  /** Put the space before the note inside it, so that no stray space is left when there is no range. */
  lead?: boolean;
  locale?: Locale;
}) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (q.kind === 'unknown' || !hasRange(q)) return null;
  const text = formatRange(q, style ?? styleFor(q), locale);
  prefix ??= wordsOf(locale).range;
  if (!text.includes('–')) return null;
  return (
    <>
      {lead ? ' ' : null}
      <span className="range">{bare ? `${prefix} ${text}` : `(${prefix} ${text})`}</span>
    </>
  );
}

export function AsOf({ q, locale: localeProp }: { q: Quantity; locale?: Locale }) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (q.asOf === undefined || q.asOf === '') return null;
  return <span className="as-of">{`${wordsOf(locale).asOf} ${formatDate(q.asOf, locale)}`}</span>;
}

/** As-of date and sources of a figure, on one line; `inline` for use inside a sentence. */
export function Provenance({ q, inline = false, locale: localeProp }: { q: Quantity; inline?: boolean; locale?: Locale }) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  const Tag = inline ? 'span' : 'p';
  const w = wordsOf(locale);
  if (q.kind === 'known' && q.derivation !== undefined) {
    return (
      <Tag className="provenance">
        <AsOf q={q} locale={locale} /> · {w.ourCalculation}{' '}
        <SourceCites ids={sourceIdsOf([q])} label={w.fromSource} plural={w.fromSources} locale={locale} />
      </Tag>
    );
  }
  return (
    <Tag className="provenance">
      <AsOf q={q} locale={locale} />
      {q.asOf ? ' · ' : ''}
      <SourceCites ids={q.sourceIds} locale={locale} />
    </Tag>
  );
}

function LeafLine({ name, q, locale }: { name: string; q: Quantity; locale: Locale }) {
  const w = wordsOf(locale);
  return (
    <li>
      <span className="input-name">
        <SiteText text={name} locale={locale} />
      </span>
      {': '}
      {q.kind === 'unknown' ? (
        <span className="value-unknown">
          {`${w.notKnown} (`}
          <SiteText text={q.reason} locale={locale} />)
        </span>
      ) : (
        <>
          <strong>{formatRange(q, styleFor(q), locale)}</strong>
          {`${q.basis === 'assumed' ? w.ourAssumption : ''}${q.asOf ? `${w.asOfInline} ${formatDate(q.asOf, locale)}` : ''}${q.sourceIds.length > 0 ? ' (' : ''}`}
          {q.sourceIds.length > 0 ? (
            <>
              <SourceCites ids={q.sourceIds} locale={locale} />)
            </>
          ) : null}
          {q.note ? (
            <span className="input-note">
              {' '}
              <SiteText text={q.note} locale={locale} />
            </span>
          ) : null}
        </>
      )}
    </li>
  );
}

function DerivationSteps({ q, locale }: { q: KnownQuantity | KnownQuantity[]; locale: Locale }) {
  const { steps, leaves } = flattenDerivation(q);
  if (steps.length === 0) return null;
  return (
    <div className="derivation">
      <ol className="steps">
        {steps.map((s, i) => (
          <li key={i} className="formula">
            {/* "≈" where showing the result rounds it: the equation then adds up to the figure shown, rounded */}
            <SiteText text={s.formula} locale={locale} />
            {` ${isRoundedWhenShown(s.result) ? '≈' : '='} `}
            <strong>{formatStepResult(s.result, locale)}</strong>
          </li>
        ))}
      </ol>
      <p className="inputs-title">{wordsOf(locale).from}</p>
      <ul className="inputs">
        {leaves.map((l, i) => (
          <LeafLine key={i} name={l.name} q={l.quantity} locale={locale} />
        ))}
      </ul>
    </div>
  );
}

/** "How we got this": every step of the arithmetic, and the sourced inputs it starts from. */
export function HowWeGotThis({ q, summary, locale: localeProp }: { q: Quantity; summary?: string; locale?: Locale }) {
  const pageLocale = usePageLocale();
  const locale = localeProp ?? pageLocale;
  if (q.kind === 'unknown')
    return (
      <p className="value-unknown">
        <SiteText text={q.reason} locale={locale} />
      </p>
    );
  if (q.derivation === undefined) return null;
  return (
    <details className="how">
      <summary>{summary ?? wordsOf(locale).how}</summary>
      <DerivationSteps q={q} locale={locale} />
    </details>
  );
}

/**
 * "How we got these": the arithmetic of several figures shown together (a card's comparisons),
 * each step once and each sourced input once, so that a shared input is not repeated.
 */
export function HowWeGotThese({ qs, summary = 'How we got these figures' }: { qs: Quantity[]; summary?: string }) {
  const derived = qs.filter((q): q is KnownQuantity => q.kind === 'known' && q.derivation !== undefined);
  if (derived.length === 0) return null;
  return (
    <details className="how">
      <summary>{summary}</summary>
      <DerivationSteps q={derived} locale="en" />
    </details>
  );
}

/**
 * One line of a figure's comparisons: the computed value, what it means, and how it was
 * computed (`how={false}` where one "How we got these" follows the whole list).
 */
export function Comparison({
  q,
  approx = false,
  how = true,
  children,
}: {
  q: Quantity;
  approx?: boolean;
  how?: boolean;
  children: ReactNode;
}) {
  return (
    <li>
      <span className="cmp-value">
        {/* "≈ more than" says the same twice: a bound is already approximate */}
        {approx && !(q.kind === 'known' && q.qualifier) ? '≈ ' : null}
        <Figure q={q} />
      </span>{' '}
      <span className="cmp-label">{children}</span>
      {how || q.kind === 'unknown' ? <HowWeGotThis q={q} /> : null}
    </li>
  );
}
