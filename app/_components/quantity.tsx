import type { ReactNode } from 'react';

import { formatDate, formatRange, formatStepResult, formatValue, type NumberStyle, styleFor, withoutUnitWord } from '@/lib/core/format';
import { flattenDerivation } from '@/lib/core/derivation';
import { hasRange, type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { isRoundedWhenShown, ratioInWords, ratioRangeInWords } from '@/lib/core/rounding';

import { formatWords } from '@/lib/i18n/messages';

import { usePageLocale } from '../_i18n/locale';
import { SourceCites } from './sources';

export { styleFor };

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
}: {
  q: Quantity;
  style?: NumberStyle;
  range?: 'none' | 'inline' | 'note';
  /** Without its unit's word, where a table's column head gives it ("109,000" under "Homes"); a share keeps its %. */
  bare?: boolean;
}) {
  const locale = usePageLocale();
  if (q.kind === 'unknown') return <span className="value-unknown">{formatWords(locale).notKnown}</span>;
  const s = style ?? styleFor(q);
  const text = range === 'inline' && hasRange(q) ? formatRange(q, s, locale) : formatValue(q.value, q.unit, s, locale);
  return (
    <>
      {q.qualifier ? `${formatWords(locale).qualifiers[q.qualifier]} ` : null}
      <data value={q.value} className="value">
        {bare ? withoutUnitWord(text, q.unit, locale) : text}
      </data>
      {range === 'note' ? <RangeNote q={q} style={s} lead /> : null}
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
}: {
  label: string;
  q: Quantity;
  range?: 'inline' | 'note';
  /** Only to show a modelled figure with fewer digits than its source prints ("about 55 in a million"). */
  style?: NumberStyle;
  children?: ReactNode;
}) {
  return (
    <li>
      <strong>{label}:</strong> {style ? 'about ' : null}
      <Figure q={q} range={range} style={style} />
      {children}
      {q.kind === 'known' ? (
        <>
          {q.note ? <span className="input-note"> {q.note}</span> : null} <Provenance q={q} inline />
        </>
      ) : (
        <span className="value-unknown">
          {' '}
          {q.reason} <SourceCites ids={q.sourceIds} />
        </span>
      )}
    </li>
  );
}

/** "(range 171,000–254,000 households)" when the figure has a range; `bare` drops the brackets. */
export function RangeNote({
  q,
  style,
  prefix = 'range',
  bare = false,
  lead = false,
}: {
  q: Quantity;
  style?: NumberStyle;
  prefix?: string;
  bare?: boolean;
  /** Put the space before the note inside it, so that no stray space is left when there is no range. */
  lead?: boolean;
}) {
  if (q.kind === 'unknown' || !hasRange(q)) return null;
  const text = formatRange(q, style ?? styleFor(q));
  if (!text.includes('–')) return null;
  return (
    <>
      {lead ? ' ' : null}
      <span className="range">{bare ? `${prefix} ${text}` : `(${prefix} ${text})`}</span>
    </>
  );
}

export function AsOf({ q }: { q: Quantity }) {
  if (q.asOf === undefined || q.asOf === '') return null;
  return <span className="as-of">{`As of ${formatDate(q.asOf)}`}</span>;
}

/** As-of date and sources of a figure, on one line; `inline` for use inside a sentence. */
export function Provenance({ q, inline = false }: { q: Quantity; inline?: boolean }) {
  const Tag = inline ? 'span' : 'p';
  if (q.kind === 'known' && q.derivation !== undefined) {
    return (
      <Tag className="provenance">
        <AsOf q={q} /> · Our calculation. <SourceCites ids={sourceIdsOf([q])} label="From the source" />
      </Tag>
    );
  }
  return (
    <Tag className="provenance">
      <AsOf q={q} />
      {q.asOf ? ' · ' : ''}
      <SourceCites ids={q.sourceIds} />
    </Tag>
  );
}

function LeafLine({ name, q }: { name: string; q: Quantity }) {
  return (
    <li>
      <span className="input-name">{name}</span>
      {': '}
      {q.kind === 'unknown' ? (
        <span className="value-unknown">{`not known (${q.reason})`}</span>
      ) : (
        <>
          <strong>{formatRange(q, styleFor(q))}</strong>
          {`${q.basis === 'assumed' ? ' (our assumption)' : ''}${q.asOf ? `, as of ${formatDate(q.asOf)}` : ''}${q.sourceIds.length > 0 ? ' (' : ''}`}
          {q.sourceIds.length > 0 ? (
            <>
              <SourceCites ids={q.sourceIds} />)
            </>
          ) : null}
          {q.note ? <span className="input-note">{` ${q.note}`}</span> : null}
        </>
      )}
    </li>
  );
}

function DerivationSteps({ q }: { q: KnownQuantity | KnownQuantity[] }) {
  const { steps, leaves } = flattenDerivation(q);
  if (steps.length === 0) return null;
  return (
    <div className="derivation">
      <ol className="steps">
        {steps.map((s, i) => (
          <li key={i} className="formula">
            {/* "≈" where showing the result rounds it: the equation then adds up to the figure shown, rounded */}
            {`${s.formula} ${isRoundedWhenShown(s.result) ? '≈' : '='} `}
            <strong>{formatStepResult(s.result)}</strong>
          </li>
        ))}
      </ol>
      <p className="inputs-title">From:</p>
      <ul className="inputs">
        {leaves.map((l, i) => (
          <LeafLine key={i} name={l.name} q={l.quantity} />
        ))}
      </ul>
    </div>
  );
}

/** "How we got this": every step of the arithmetic, and the sourced inputs it starts from. */
export function HowWeGotThis({ q, summary = 'How we got this' }: { q: Quantity; summary?: string }) {
  if (q.kind === 'unknown') return <p className="value-unknown">{q.reason}</p>;
  if (q.derivation === undefined) return null;
  return (
    <details className="how">
      <summary>{summary}</summary>
      <DerivationSteps q={q} />
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
      <DerivationSteps q={derived} />
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
