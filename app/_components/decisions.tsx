/**
 * The decisions register on the page: a short list of what comes next (the region page's answers,
 * each site's overview, the handouts) and the full entries of the What's next page. Where a
 * decision stands is computed from the clock when the page is drawn (lib/pages/decisions.ts); the
 * page is cached only until that changes.
 */
import './decisions.css';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/core/format';
import { decisionCites, type DecisionView, NEXT_SHOWN } from '@/lib/pages/decisions';

import { usePageLocale } from '../_i18n/locale';
import { DataText } from './in-english';
import { Refs } from './paper';
import { SourceCites } from './sources';

export const NEXT_PATH = '/next';

/** The decision's anchor on the What's next page. */
export function decisionHref(id: string): string {
  return `${NEXT_PATH}#decision-${id}`;
}

function Cite({ ids, order }: { ids: string[]; order: string[] | undefined }) {
  return order === undefined ? <SourceCites ids={ids} compact /> : <Refs ids={ids} order={order} />;
}

/** "Reported, not confirmed": an unconfirmed decision or development, marked wherever it appears. */
export function Reported({ by }: { by?: string }) {
  const t = useTranslations('decisions');
  return (
    <span className="reported">
      {t('reported')}
      {by ? <span className="reported-by">: {by}</span> : null}
    </span>
  );
}

/** The date in words, in the page's language: "2 Jan 2027", or "by the end of Mar 2027" for a month. */
function useDateLabel(): (d: DecisionView) => string | undefined {
  const t = useTranslations('decisions');
  const locale = usePageLocale();
  return (d) => {
    if (d.when === undefined) return undefined;
    const date = formatDate(d.when.date, locale);
    return d.when.date.length === 10 ? date : t('byTheEndOf', { date });
  };
}

/** When, in words, and where it stands: "2 Jan 2027 · Pending", "20 Aug 2026 · Date passed; outcome not yet in our data". */
function When({ d }: { d: DecisionView }) {
  const t = useTranslations('decisions');
  const locale = usePageLocale();
  const dateLabel = useDateLabel()(d);
  const state =
    d.state === 'decided'
      ? t('state.decided', { date: formatDate(d.outcome?.date ?? '', locale) })
      : d.state === 'upcoming'
        ? t(d.status === 'scheduled' ? 'state.scheduled' : 'state.pending')
        : t(`state.${d.state}`);
  return (
    <span className={`decision-when decision-${d.state}`}>
      {dateLabel === undefined ? t('noDate') : capitalize(dateLabel)}
      {d.state === 'undated' ? null : <> · {state}</>}
    </span>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The next few decisions, one line each: its date and state, what is decided, its sources, and
 * a link to its entry on the What's next page (on screen). `order`: a printed page's numbered sources.
 */
export function NextDecisionList({
  decisions,
  limit = NEXT_SHOWN,
  order,
}: {
  decisions: DecisionView[];
  limit?: number;
  order?: string[];
}) {
  const shown = decisions.slice(0, limit);
  const spanish = usePageLocale() === 'es';
  return (
    <ul className="next-decisions">
      {shown.map((d) => {
        // a Spanish page shows the data's Spanish words where it has them, else the English, marked
        const title = spanish && d.es ? d.es.title : <DataText text={d.title} />;
        const what = d.when && (spanish && d.es?.whenWhat ? d.es.whenWhat : <DataText text={d.when.what} />);
        return (
          <li key={d.id}>
            <When d={d} />{' '}
            <span className="next-decision-title">{order === undefined ? <Link href={decisionHref(d.id)}>{title}</Link> : title}</span>
            {what && d.state !== 'decided' ? <>: {what}</> : null}
            {d.outcome ? (
              <>
                : <DataText text={d.outcome.text} />
              </>
            ) : null}
            .{' '}
            {d.confirmed ? null : (
              <>
                <Reported />.{' '}
              </>
            )}
            <Cite ids={decisionCites(d)} order={order} />
          </li>
        );
      })}
    </ul>
  );
}

/** How many more there are, and where to read them all. */
export function MoreDecisions({ decisions, shown, children }: { decisions: DecisionView[]; shown: number; children?: ReactNode }) {
  const more = decisions.length - shown;
  const t = useTranslations('decisions');
  return (
    <p className="next-decisions-more">
      {more > 0 ? t('more', { count: more }) : t('allOn')}
      <Link href={NEXT_PATH}>{t('nextPage')}</Link>
      {t('takePart')}
      {children}
    </p>
  );
}

/** The top of a site's page: its next decisions. */
export function SiteNextDecisions({ decisions, name }: { decisions: DecisionView[]; name: string }) {
  if (decisions.length === 0) return null;
  return (
    <section className="site-next" aria-labelledby="site-next-heading">
      <h2 id="site-next-heading" className="site-next-heading">
        What&apos;s next for {name}
      </h2>
      <NextDecisionList decisions={decisions} />
      <MoreDecisions decisions={decisions} shown={Math.min(NEXT_SHOWN, decisions.length)} />
    </section>
  );
}

/** A decision's full entry on the What's next page. */
export function DecisionEntry({ d }: { d: DecisionView }) {
  return (
    <article className={`decision decision-${d.state}`} id={`decision-${d.id}`} aria-labelledby={`decision-${d.id}-title`}>
      <h3 id={`decision-${d.id}-title`} className="decision-title">
        {d.title}
      </h3>
      <p className="decision-status">
        <When d={d} />
        {d.confirmed ? null : (
          <>
            {' · '}
            <Reported by={d.reportedBy} />
          </>
        )}
      </p>
      <p className="decision-question">{d.question}</p>
      <dl className="decision-facts">
        <div>
          <dt>Who decides</dt>
          <dd>{d.decidedBy}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>
            {d.when === undefined ? (
              'No date set: no source we have gives one.'
            ) : (
              <>
                {capitalize(d.dateLabel ?? '')}: {d.when.what}. <SourceCites ids={d.when.sourceIds} />
              </>
            )}
          </dd>
        </div>
        {d.outcome ? (
          <div>
            <dt>Outcome</dt>
            <dd>
              {formatDate(d.outcome.date)}: {d.outcome.text} <SourceCites ids={d.outcome.sourceIds} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Sites</dt>
          <dd>
            {d.sites.length === 0
              ? 'The whole region'
              : d.sites.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ', ' : null}
                    <Link href={`/facilities/${s.id}`}>{s.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>How to take part</dt>
          <dd>
            {d.takePart === undefined ? (
              'No source we have says how the public can take part.'
            ) : (
              <>
                {d.takePart.how}
                {d.takePart.reference ? <> Reference: {d.takePart.reference}.</> : null}
                {d.takePart.where ? <> Address: {d.takePart.where}.</> : null}
                {d.takePart.deadline ? <> Deadline: {formatDate(d.takePart.deadline)}.</> : null}
                {d.takePart.url ? (
                  <>
                    {' '}
                    <a href={d.takePart.url} className="decision-url">
                      {d.takePart.url}
                    </a>
                  </>
                ) : null}{' '}
                <SourceCites ids={d.takePart.sourceIds} />
              </>
            )}
          </dd>
        </div>
      </dl>
      {d.reports.length > 0 ? (
        <>
          <h4 className="decision-reports-heading">Reported since, not confirmed</h4>
          <ul className="decision-reports">
            {d.reports.map((r) => (
              <li key={`${r.date}-${r.text}`}>
                <span className="as-of">{formatDate(r.date)}</span>: {r.text} <Reported by={r.reportedBy} />.{' '}
                <SourceCites ids={r.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="decision-sources">
        <SourceCites ids={d.sourceIds} label="About this decision, source" />
      </p>
    </article>
  );
}
