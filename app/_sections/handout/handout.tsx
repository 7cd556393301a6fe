/**
 * The two-page handout: the answers first, one chart, and the sources as a numbered list with
 * their addresses, the date the data was updated and a QR code of the exact view. The same for the
 * region (/handout) and for each facility (/facilities/<id>/handout).
 */
import './handout.css';

import { getLocale, getTranslations } from 'next-intl/server';

import { formatDate, formatNumber, formatValue } from '@/lib/core/format';
import { isLocale, type Locale, localePath } from '@/lib/i18n/locales';
import { type Handout, HANDOUT_NEXT_SHOWN } from '@/lib/pages/handout';

import { ChartLegend } from '../../_components/charts/chart-legend';
import { type SeriesKey, seriesLabel } from '../../_components/charts/series';
import { DataText } from '../../_components/in-english';
import { ResponsiveStepChart } from '../../_components/charts/responsive';
import type { StepPoint } from '../../_components/charts/step-chart';
import { CurrencyLine } from '../../_components/currency';
import { OtherLanguage } from '../../_components/other-language';
import { FacilityNav } from '../../_components/facility-nav';
import { ScrollTable } from '../../_components/facility-page';
import { NumberedSources, PaperHead, Refs, viewUrl } from '../../_components/paper';
import { Answers } from '../area/answers';

/**
 * The handout's words in the page's language: in English the model's own; in another language its
 * title, place and chart heading from the messages, and the chart's summary from its first and last
 * figures (the English summary says more, but is the site's English words).
 */
export async function handoutWords(handout: Handout, facility: boolean, locale: Locale) {
  if (locale === 'en')
    return { title: handout.title, where: handout.where, heading: handout.chart?.heading ?? '', summary: handout.chart?.summary ?? '' };
  const t = await getTranslations('handout');
  const o = handout.overview;
  const f = o.facility;
  const chart = handout.chart;
  // the series that changed most, from its first figure to its last: one sentence, so the handout keeps to two pages
  const changes = (chart?.series ?? []).flatMap((k) => {
    const shown = (chart?.points ?? []).filter((p) => typeof p[k] === 'number');
    const first = shown[0];
    const last = shown[shown.length - 1];
    return first === undefined || last === undefined ? [] : [{ k, first, last, by: (last[k] as number) - (first[k] as number) }];
  });
  const most = changes.reduce<(typeof changes)[number] | undefined>((a, c) => (a === undefined || c.by > a.by ? c : a), undefined);
  const mw = (v: unknown) => formatValue(v as number, 'MW', {}, locale);
  const summary =
    most === undefined
      ? ''
      : t('summaryLine', {
          series: seriesLabel(most.k as SeriesKey, locale),
          first: mw(most.first[most.k]),
          firstDate: formatDate(most.first.date, locale),
          last: mw(most.last[most.k]),
          lastDate: formatDate(most.last.date, locale),
        });
  return facility
    ? {
        title: t('titleSite', { site: f.shortName, place: o.place.name }),
        where: t.rich('whereSite', { address: f.address, operator: () => <DataText text={f.operator} /> }),
        heading: t('chartSite', { site: f.shortName }),
        summary,
      }
    : {
        title: t('titleRegion'),
        where: t('whereRegion'),
        heading: t('chartRegion', { utility: o.place.utility.shortName }),
        summary,
      };
}

export async function HandoutPage({ handout, facility = true }: { handout: Handout; facility?: boolean }) {
  const asked = await getLocale();
  const locale: Locale = isLocale(asked) ? asked : 'en';
  const t = await getTranslations('handout');
  const words = await handoutWords(handout, facility, locale);
  const url = viewUrl(localePath(locale, handout.path));
  const o = handout.overview;
  return (
    <article className="handout">
      {facility && locale === 'en' ? <FacilityNav facility={o.facility} current="handout" query={o.scenarioQuery} /> : null}
      <PaperHead kind="handout" title={words.title} where={words.where} url={url}>
        <CurrencyLine c={handout.currency} className="report-meta" compact>
          {t('intro')}
        </CurrencyLine>
      </PaperHead>
      <OtherLanguage href={localePath(locale === 'en' ? 'es' : 'en', handout.path)} />
      <Answers answers={handout.answers} more={false} order={handout.sourceIds} nextShown={HANDOUT_NEXT_SHOWN} compactHealth />
      <HandoutChartBlock handout={handout} words={words} locale={locale} />
      <NumberedSources ids={handout.sourceIds} headingId="handout-sources" compact />
      <p className="handout-foot">{t('foot', { url })}</p>
    </article>
  );
}

/**
 * The handout's one chart with its caption and legend, and its data table on screen; for a site with
 * nothing to chart, its dated events. Also the chart of the Spanish pages (app/_sections/edition).
 */
export async function HandoutChartBlock({
  handout,
  words,
  locale,
}: {
  handout: Handout;
  words: { heading: string; summary: string };
  locale: Locale;
}) {
  const t = await getTranslations('handout');
  const chart = handout.chart;
  return (
    <>
      {chart ? (
        <figure className="handout-chart" aria-labelledby="handout-chart-caption">
          <figcaption id="handout-chart-caption">
            <strong>{words.heading}.</strong> {words.summary} <Refs ids={chart.sourceIds} order={handout.sourceIds} />
          </figcaption>
          <ChartLegend series={chart.series as SeriesKey[]} locale={locale} />
          <ResponsiveStepChart
            points={chart.points as unknown as StepPoint[]}
            series={chart.series as SeriesKey[]}
            yLabel="MW"
            // Spanish runs about a tenth longer than English: a lower chart keeps its handout to two pages
            height={locale === 'en' ? 190 : 140}
            title={t('chartTitle', { heading: words.heading })}
            heading={words.heading}
            locale={locale}
          />
        </figure>
      ) : null}
      {chart ? (
        <div className="no-print">
          <ScrollTable id="handout-chart-table" title={t('tableTitle')} stack>
            <thead>
              <tr>
                <th scope="col">{t('date')}</th>
                {chart.series.map((k) => (
                  <th scope="col" key={k}>
                    {seriesLabel(k as SeriesKey, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.points
                .filter((p) => p.changed.length > 0)
                .map((p) => (
                  <tr key={p.date}>
                    <th scope="row" className="nowrap">
                      {formatDate(p.date, locale)} <Refs ids={p.sourceIds} order={handout.sourceIds} />
                    </th>
                    {chart.series.map((k) => {
                      const v = p[k];
                      return (
                        <td className="num" key={k} data-label={seriesLabel(k as SeriesKey, locale)}>
                          {typeof v === 'number'
                            ? formatNumber(v, Number.isInteger(v) ? {} : { significantFigures: 3 }, undefined, locale)
                            : '—'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
            </tbody>
          </ScrollTable>
        </div>
      ) : (
        <section className="handout-chart" aria-labelledby="handout-events">
          <h2 id="handout-events">{t('whatHappened')}</h2>
          <p className="value-unknown">{t('noChart')}</p>
          <ol className="timeline">
            {handout.events.map((e) => (
              <li key={`${e.date}-${e.title}`}>
                <strong>{formatDate(e.date, locale)}:</strong> <DataText text={e.title} />.{' '}
                <Refs ids={e.sourceIds} order={handout.sourceIds} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
