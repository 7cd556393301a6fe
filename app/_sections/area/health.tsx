/**
 * The health answer (the region page, its report and the handouts) and the work behind it (the region
 * page): the damage a year as a range in 2025 dollars, the central case named, and the premature deaths
 * inferred from it, "if the turbines emit" the named parts; the parts added, their tons, the values per
 * ton of each case, the arithmetic, and the sites not counted and why.
 */
import Link from 'next/link';
import { useTranslations } from 'next-intl';

import { formatDate } from '@/lib/core/format';
import type { NamedPart } from '@/lib/health/model';
import type { HealthAnswer } from '@/lib/pages/answers-health';
import { healthShortSourceIds, healthSourceIds } from '@/lib/pages/answers-health';
import { fewLargest, NAMED_IN_FULL } from '@/lib/pages/answer-lists';
import { HEALTH_HEADING } from '@/lib/pages/concerns-health';
import { publicPath } from '@/lib/pages/site';

import { usePageLocale } from '../../_i18n/locale';
import { DataText } from '../../_components/in-english';
import { Refs } from '../../_components/paper';
import { Figure, HowWeGotThese } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

function Cite({ ids, order }: { ids: string[]; order: string[] | undefined }) {
  return order === undefined ? <SourceCites ids={ids} compact /> : <Refs ids={ids} order={order} />;
}

const healthHref = (facilityId: string) => `${publicPath(facilityId, 'concerns')}#${HEALTH_HEADING.id}`;

/** "Colossus 1: the permit's caps (Jul 2025) + Southaven plant: the modelled yearly total (Aug 2025)", in the page's language. */
function useNamed(): (parts: NamedPart[]) => string {
  const t = useTranslations('health.parts');
  const locale = usePageLocale();
  const tHealth = useTranslations('health');
  // many sites: how many (the work below names each)
  return (parts) =>
    parts.length > NAMED_IN_FULL
      ? tHealth('manySites', { count: parts.length })
      : parts.map((p) => `${p.site}: ${t(p.part)}${p.asOf === undefined ? '' : ` (${formatDate(p.asOf, locale)})`}`).join(' + ');
}

/** The answer's words: the range with the central case, the deaths, the tons named, EPA's decision, links. */
export function HealthWords({
  health,
  more,
  order,
  compact = false,
}: {
  health: HealthAnswer;
  /** Where "How we got this" leads ('' for this page); false for none. */
  more: string | false;
  order: string[] | undefined;
  /** One line (a handout): the range and the tons it prices, with the short sources. */
  compact?: boolean;
}) {
  const t = useTranslations('health');
  const tAnswers = useTranslations('answers');
  const named = useNamed();
  const locale = usePageLocale();
  if (health.kind === 'none') {
    const reason = <DataText text={health.reason} />;
    return (
      <p className="region-answer-sub">
        {health.countedAt === undefined ? (
          t.rich('noneOwn', { reason: () => reason })
        ) : (
          <>
            {t.rich('nonePlant', { reason: () => reason })} <Link href={healthHref(health.countedAt)}>{t('plantLink')}</Link>
          </>
        )}
      </p>
    );
  }
  const d = health.damage;
  // many sites: the first few linked, the rest counted (each is named in the work below)
  const sites = fewLargest(health.sites, () => 0);
  const epa = health.context.epaDecision;
  const year = health.context.dollarYear.year;
  if (compact)
    return (
      <p className="region-answer-sub">
        {t.rich('compact', {
          b: (chunks) => <strong>{chunks}</strong>,
          range: () => <Figure q={d.range} range="inline" bare />,
          central: () => <Figure q={d.cases.central.total} bare />,
          year,
          named: named(health.namedParts),
        })}
        <Cite ids={[...healthShortSourceIds(health), ...epa.sourceIds.slice(0, 1)]} order={order} />
      </p>
    );
  return (
    <>
      <p className="region-answer-main">
        {t.rich('main', {
          range: () => <Figure q={d.range} range="inline" bare />,
          central: () => <Figure q={d.cases.central.total} bare />,
          year,
        })}
      </p>
      <p className="region-answer-sub">
        {t.rich('deaths', { deaths: () => <Figure q={health.deaths.range} range="inline" bare />, named: named(health.namedParts) })}
        <Cite ids={order === undefined ? healthShortSourceIds(health) : healthSourceIds(health)} order={order} />
        {t('epa', { month: formatDate(epa.date.slice(0, 7), locale) })}
        {order === undefined ? (
          <>
            {' '}
            (<Link href="/methodology#health">{t('why')}</Link>)
          </>
        ) : (
          <>
            {' '}
            <Cite ids={epa.sourceIds} order={order} />
          </>
        )}
        .
        {more !== false ? (
          <>
            {' '}
            {sites.named.map((s, i) => (
              <span key={s.facilityId}>
                {i > 0 ? ' · ' : ''}
                <Link href={healthHref(s.facilityId)}>{s.name}</Link>
                {i === sites.named.length - 1 && sites.more > 0 ? ` · ${t('andMoreSites', { count: sites.more })}` : null}
              </span>
            ))}{' '}
            ·{' '}
            <a href={`${more}#health-work`} className="region-answer-more">
              {tAnswers('howWeGotThis')}
            </a>
          </>
        ) : null}
      </p>
    </>
  );
}

/** The work of the region's health sum, below the answers. */
export function HealthDetail({ health }: { health: HealthAnswer | undefined }) {
  if (health?.kind !== 'figures') return null;
  const r = health.region;
  return (
    <section className="section" aria-labelledby="health-work">
      <h2 id="health-work">Health: the tons added up</h2>
      <p className="section-intro">
        One group of figures is added at a time, each ton once:{' '}
        {r?.kind === undefined
          ? "by default each gas site's own default scenario, all of them what the permitted turbines may emit (a permit's caps or a modelled total), neither a measurement nor a potential"
          : `the "${r.kind}" scenarios only`}
        . A figure reported but not confirmed is never added.
      </p>
      <ul>
        {(r?.parts ?? []).map((p) => (
          <li key={p.facilityId}>
            <Link href={healthHref(p.facilityId)}>{p.named}</Link> ({p.kind}: {p.scenario.saidBy}):{' '}
            {p.tons.map((t, i) => (
              <span key={t.pollutant}>
                {i > 0 ? '; ' : ''}
                {t.pollutant} <Figure q={t.tons} range="inline" />
              </span>
            ))}
            . <SourceCites ids={[...new Set(p.tons.flatMap((t) => t.tons.sourceIds))]} />
          </li>
        ))}
        {health.without.map((w) => (
          <li key={w.name}>
            {w.name}: not added ({w.reason}).
          </li>
        ))}
        {health.noGas.map((n) => (
          <li key={n.name}>
            {n.name}: adds nothing ({n.reason}).
          </li>
        ))}
        {(r?.missing ?? []).map((m) => (
          <li key={m.pollutant}>
            {m.pollutant}: not known at {m.facilityIds.map((id) => r?.parts.find((p) => p.facilityId === id)?.name ?? id).join(', ')}, so
            counted only where known (not zero).
          </li>
        ))}
      </ul>
      <p>
        Tons a year added:{' '}
        {health.tons.map((t, i) => (
          <span key={t.pollutant}>
            {i > 0 ? '; ' : ''}
            {t.pollutant} <Figure q={t.tons} range="inline" />
          </span>
        ))}
        . Health damage a year: low <Figure q={health.damage.cases.low.total} />, central <Figure q={health.damage.cases.central.total} />,
        high <Figure q={health.damage.cases.high.total} /> ({health.context.dollarYear.year} dollars). Premature deaths a year, our
        inference: <Figure q={health.deaths.range} range="inline" />. The cases and their values per ton are in{' '}
        <Link href="/methodology#health">the method</Link>.
      </p>
      <HowWeGotThese
        qs={[health.damage.cases.low.total, health.damage.cases.central.total, health.damage.cases.high.total, health.deaths.range]}
        summary="How we got these figures: the tons, the values per ton of each case, the arithmetic"
      />
    </section>
  );
}
