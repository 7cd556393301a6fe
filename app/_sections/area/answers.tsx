/**
 * The region page's answers, first: electricity as homes and against the grid, water in gallons a
 * day, the air in turbines and tons of NOx, and the next dated decision. Each answer is a sentence
 * a resident can repeat, with its sources and dates; the sections below show the work.
 */
import { useTranslations } from 'next-intl';
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import { NAMED_IN_FULL } from '@/lib/pages/answer-lists';
import { firstNox, type LeftOut, type RegionAnswers, type SitePart, turbineLines } from '@/lib/pages/answers';
import { formatWords } from '@/lib/i18n/messages';
import { NEXT_SHOWN } from '@/lib/pages/decisions';
import { siteUrl } from '@/lib/pages/site';

import { usePageLocale } from '../../_i18n/locale';
import { DataText, useListWords } from '../../_components/in-english';
import { MoreDecisions, NEXT_PATH, NextDecisionList } from '../../_components/decisions';
import { Refs } from '../../_components/paper';
import { Figure } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import { ElectricityMany, electricityFew, MoreSites, noxFew, TurbinesMany, turbinesFew, WaterMany, waterFew } from './answers-many';
import { HealthWords } from './health';

const sourcesOf = (qs: (Quantity | undefined)[]) => [...new Set(qs.flatMap((q) => q?.sourceIds ?? []))];

/** "Colossus 1 (Feb 2026)": a part of a sum with the month of its figure. */
function usePartName(): (p: SitePart<'MW' | 'gal/day'>) => string {
  const locale = usePageLocale();
  return (p) => `${p.site.facility.shortName} (${formatDate(p.q.asOf.slice(0, 7), locale)})`;
}

function More({ href }: { href: string }) {
  const t = useTranslations('answers');
  return (
    <a href={href} className="region-answer-more">
      {t('howWeGotThis')}
    </a>
  );
}

/** Sources as links to the Sources page on screen; as numbers into the printed list where the page has one (`order`). */
function Cite({ ids, order }: { ids: string[]; order: string[] | undefined }) {
  return order === undefined ? <SourceCites ids={ids} compact /> : <Refs ids={ids} order={order} />;
}

/** Why a site is left out of a total, in the page's language; the data's own words stay in English, marked. */
function Because({ l }: { l: LeftOut }) {
  const t = useTranslations('answers.because');
  const b = l.because;
  if (b.kind === 'inside') return <>{t.rich('inside', { other: b.other, detail: () => <DataText text={b.detail} /> })}</>;
  if (b.kind === 'noPower') return <>{t('noPower')}</>;
  return b.detail === undefined ? <>{t('noWater')}</> : <DataText text={b.detail} />;
}

type WordsProps = { answers: RegionAnswers; more: string | false; order: string[] | undefined };

function MoreLink({ more, anchor }: { more: string | false; anchor: string }) {
  return more !== false ? (
    <>
      {' '}
      · <More href={`${more}#${anchor}`} />
    </>
  ) : null;
}

function ElectricityWords({ answers, more, order }: WordsProps) {
  const t = useTranslations('answers');
  const list = useListWords();
  const partName = usePartName();
  const { electricity: e, utility: u } = answers;
  if (e.total !== undefined && e.homes !== undefined) {
    const homes = e.homes;
    const total = e.total;
    const bases = new Set(e.parts.map((p) => p.basis));
    const first = e.parts[0];
    const partWords =
      bases.size === 1 && first !== undefined
        ? `${list(e.parts.map(partName))}, ${e.parts.length > 1 && first.basis === 'estimate' ? t('outsideEstimates') : t(`basis.${first.basis}`)}`
        : list(e.parts.map((p) => `${partName(p)} (${t(`basis.${p.basis}`)})`));
    return (
      <>
        <p className="region-answer-main">
          {t.rich('homesMain', { homes: () => <Figure q={homes} />, place: e.homesState ?? t('theirOwnStates') })}
        </p>
        <p className="region-answer-sub">
          <Figure q={total} />:{' '}
          {electricityFew(e).more > 0 ? (
            <ElectricityMany e={e} linked={more !== false} />
          ) : (
            <>
              {partWords}
              {e.leftOut.length > 0 ? t('partlyInside', { names: list(e.leftOut.map((l) => l.site.facility.shortName)) }) : ''}
            </>
          )}
          . {e.homesUs ? t.rich('usAverage', { us: () => <Figure q={e.homesUs as Quantity} /> }) : null}
          {e.asLargeAsPeak?.kind === 'known' ? (
            <>
              {t.rich('asLargeAsPeak', { share: () => <Figure q={e.asLargeAsPeak as Quantity} />, utility: u })}
              {e.fromGrid ? t.rich('utilitySupplies', { grid: () => <Figure q={e.fromGrid?.power as Quantity} />, utility: u }) : null}
              .{' '}
            </>
          ) : null}
          <Cite ids={sourcesOf(e.parts.map((p) => p.q))} order={order} />
          <MoreLink more={more} anchor="electricity" />
        </p>
      </>
    );
  }
  const g = e.generators[0];
  if (g !== undefined) {
    const permitted = g.permitted;
    return (
      <>
        <p className="region-answer-main">
          {permitted ? t.rich('permittedToGenerate', { mw: () => <Figure q={permitted} /> }) : t('unknownPower')}
          {g.supplies.length > 0 ? t('forSites', { names: list(g.supplies) }) : ''}
        </p>
        <p className="region-answer-sub">
          {g.supplies.length > 0 ? t('countedThere', { names: list(g.supplies) }) : ''}
          {permitted ? <Cite ids={permitted.sourceIds} order={order} /> : null}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="region-answer-main">{t('notKnownAlone')}</p>
      <p className="region-answer-sub">
        {e.leftOut.map((l) => (
          <Fragment key={l.site.facility.id}>
            {l.site.facility.shortName}: <Because l={l} /> <Cite ids={l.sourceIds} order={order} />
          </Fragment>
        ))}
      </p>
    </>
  );
}

function WaterWords({ answers, more, order }: WordsProps) {
  const t = useTranslations('answers');
  const list = useListWords();
  const partName = usePartName();
  const { water: w, utility: u } = answers;
  const unknownNames = list(w.unknown.map((x) => x.site.facility.shortName));
  if (w.total === undefined || w.total.kind !== 'known') {
    const only = w.unknown.length === 1 ? w.unknown[0] : undefined;
    return (
      <>
        <p className="region-answer-main">{only ? t('waterNotKnown') : t('waterNoneOnRecord')}</p>
        <p className="region-answer-sub">
          {only ? (
            <>
              <Because l={only} /> <Cite ids={only.sourceIds} order={order} />
            </>
          ) : (
            t('notKnownList', { names: unknownNames })
          )}
        </p>
      </>
    );
  }
  const total = w.total;
  const many = waterFew(w).more > 0;
  return (
    <>
      <p className="region-answer-main">
        {t.rich('waterMain', {
          total: () => <Figure q={total} />,
          names: many ? t('sitesCount', { count: w.parts.length }) : list(w.parts.map(partName)),
        })}
      </p>
      <p className="region-answer-sub">
        {many ? <WaterMany w={w} linked={more !== false} /> : null}
        {w.homes ? t.rich('waterHomes', { homes: () => <Figure q={w.homes as Quantity} /> }) : null}
        {w.ofPumping ? t.rich('waterPumping', { share: () => <Figure q={w.ofPumping as Quantity} range="inline" />, utility: u }) : null}
        {w.unknown.length > NAMED_IN_FULL
          ? `${t('notKnownAt', { count: w.unknown.length })} `
          : w.unknown.length > 0
            ? `${t('notKnownList', { names: unknownNames })} `
            : ''}
        <Cite ids={sourcesOf(w.parts.map((p) => p.q))} order={order} />
        <MoreLink more={more} anchor="water" />
      </p>
    </>
  );
}

function AirWords({ answers, more, order }: WordsProps) {
  const t = useTranslations('answers');
  const locale = usePageLocale();
  const { air: a, electricity: e } = answers;
  const lines = turbineLines(a);
  if (lines.length === 0) {
    return (
      <>
        <p className="region-answer-main">{t('noTurbines')}</p>
        <p className="region-answer-sub">
          {e.supply.map((x) => (
            <Fragment key={x.site.facility.id}>
              {t('suppliedBy', { site: x.site.facility.shortName, supplier: x.supplier })}
              <DataText text={x.what} /> <Cite ids={x.sourceIds} order={order} />{' '}
            </Fragment>
          ))}
        </p>
      </>
    );
  }
  const biggest = a.largestSources?.sources[0];
  const nox = noxFew(a);
  const many = turbinesFew(lines).more > 0;
  return (
    <>
      <p className="region-answer-main">
        {many ? t('turbinesAt', { count: lines.length }) : null}
        {(many ? [] : lines).map((l, i) => (
          <Fragment key={l.site.facility.id}>
            {i > 0 ? '; ' : ''}
            {l.kind === 'counted'
              ? t.rich('turbinesCounted', {
                  n: () => <Figure q={l.count} />,
                  site: l.site.facility.shortName,
                  date: formatDate(l.count.asOf, locale),
                })
              : t.rich('turbinesPermitted', { n: () => <Figure q={l.count} />, site: l.site.facility.shortName })}
          </Fragment>
        ))}
      </p>
      <p className="region-answer-sub">
        {many ? <TurbinesMany lines={lines} linked={more !== false} /> : null}
        {t('noxLead')}
        {nox.named.map((n, i) => {
          const f = firstNox(n);
          return (
            <Fragment key={n.site.facility.id}>
              {i > 0 ? '; ' : ''}
              {n.site.facility.shortName}{' '}
              {f === undefined
                ? formatWords(locale).notKnown
                : f === n.permitted
                  ? t.rich('noxPermitted', { f: () => <Figure q={f.q} /> })
                  : t.rich('noxModelled', { f: () => <Figure q={f.q} />, by: () => <DataText text={f.by.replace(/,.*$/, '')} /> })}
            </Fragment>
          );
        })}
        <MoreSites few={nox} table="nox-table" linked={more !== false} />
        {biggest ? t.rich('largestSource', { name: biggest.name, f: () => <Figure q={biggest.tonsPerYear} /> }) : null}.{' '}
        <Cite ids={sourcesOf([...lines.map((l) => l.count), ...a.nox.map((n) => firstNox(n)?.q), biggest?.tonsPerYear])} order={order} />
        <MoreLink more={more} anchor="air" />
      </p>
    </>
  );
}

/**
 * The answers a page leads with. `more` links each to the section below that shows its work (the
 * region page); a printed handout has no such sections.
 */
export function Answers({
  answers,
  more = '',
  headingLevel = 2,
  order,
  nextShown = NEXT_SHOWN,
  compactHealth = false,
}: {
  answers: RegionAnswers;
  /**
   * Where each answer's "How we got this" leads: the page with the work's sections ('' for this page,
   * whose sections are below; the English page's path from a Spanish one); false for a printed handout.
   */
  more?: string | false;
  headingLevel?: 2 | 3;
  /** The numbered sources of a printed page: the answers cite them by number. */
  order?: string[];
  /** How many of the next decisions to list (a handout lists fewer). */
  nextShown?: number;
  /** The health answer on one line (a handout). */
  compactHealth?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const t = useTranslations('answers');
  const { site, place } = answers.about;
  return (
    <section className="region-answers" aria-labelledby="region-answers-heading">
      <Heading id="region-answers-heading" className="region-answers-heading">
        {site === undefined ? t('titleRegion') : t('titleSite', { site, place })}
      </Heading>
      <dl className="region-answer-list">
        <div className="region-answer" id="answer-electricity">
          <dt>{t('electricity')}</dt>
          <dd>
            <ElectricityWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        <div className="region-answer" id="answer-water">
          <dt>{t('water')}</dt>
          <dd>
            <WaterWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        <div className="region-answer" id="answer-air">
          <dt>{t('air')}</dt>
          <dd>
            <AirWords answers={answers} more={more} order={order} />
          </dd>
        </div>
        {answers.health !== undefined ? (
          <div className="region-answer" id="answer-health">
            <dt>{t('health')}</dt>
            <dd>
              <HealthWords health={answers.health} more={more} order={order} compact={compactHealth} />
            </dd>
          </div>
        ) : null}
        {answers.next.length > 0 ? (
          <div className="region-answer" id="answer-next">
            <dt>{t('next')}</dt>
            <dd>
              <NextDecisionList decisions={answers.next} limit={nextShown} order={order} />
              {order === undefined ? (
                <MoreDecisions decisions={answers.next} shown={Math.min(nextShown, answers.next.length)} />
              ) : (
                <p className="next-decisions-more">{t('allDecisions', { count: answers.next.length, url: `${siteUrl()}${NEXT_PATH}` })}</p>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
