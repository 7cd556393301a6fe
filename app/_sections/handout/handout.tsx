/**
 * The two-page handout: the answers first, one chart, and the sources as a numbered list with
 * their addresses, the date the data was updated and a QR code of the exact view. The same for the
 * region (/handout) and for each facility (/facilities/<id>/handout).
 */
import './handout.css';

import { formatDate, formatNumber } from '@/lib/core/format';
import { type Handout, HANDOUT_NEXT_SHOWN } from '@/lib/pages/handout';

import { ChartLegend } from '../../_components/charts/chart-legend';
import { SERIES, type SeriesKey } from '../../_components/charts/series';
import { ResponsiveStepChart } from '../../_components/charts/responsive';
import type { StepPoint } from '../../_components/charts/step-chart';
import { CurrencyLine } from '../../_components/currency';
import { FacilityNav } from '../../_components/facility-nav';
import { ScrollTable } from '../../_components/facility-page';
import { NumberedSources, PaperHead, Refs, viewUrl } from '../../_components/paper';
import { Answers } from '../area/answers';

export async function HandoutPage({ handout, facility = true }: { handout: Handout; facility?: boolean }) {
  const url = viewUrl(handout.path);
  const o = handout.overview;
  const chart = handout.chart;
  return (
    <article className="handout">
      {facility ? <FacilityNav facility={o.facility} current="handout" query={o.scenarioQuery} /> : null}
      <PaperHead kind="handout" title={handout.title} where={handout.where} url={url}>
        <CurrencyLine c={handout.currency} className="report-meta" compact>
          Every figure comes from the sources numbered in brackets; the arithmetic behind each is online at the address on the right.
        </CurrencyLine>
      </PaperHead>
      <Answers answers={handout.answers} more={false} order={handout.sourceIds} nextShown={HANDOUT_NEXT_SHOWN} compactHealth />
      {chart ? (
        <figure className="handout-chart" aria-labelledby="handout-chart-caption">
          <figcaption id="handout-chart-caption">
            <strong>{chart.heading}.</strong> {chart.summary} <Refs ids={chart.sourceIds} order={handout.sourceIds} />
          </figcaption>
          <ChartLegend series={chart.series as SeriesKey[]} />
          <ResponsiveStepChart
            points={chart.points as unknown as StepPoint[]}
            series={chart.series as SeriesKey[]}
            yLabel="MW"
            height={190}
            title={`Step chart: ${chart.heading}`}
            heading={chart.heading}
          />
        </figure>
      ) : null}
      {chart ? (
        <div className="no-print">
          <ScrollTable id="handout-chart-table" title="Data for the chart: the figures after each dated change (MW; — where none)" stack>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {chart.series.map((k) => (
                  <th scope="col" key={k}>
                    {SERIES[k as SeriesKey].label}
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
                      {formatDate(p.date)} <Refs ids={p.sourceIds} order={handout.sourceIds} />
                    </th>
                    {chart.series.map((k) => {
                      const v = p[k];
                      return (
                        <td className="num" key={k} data-label={SERIES[k as SeriesKey].label}>
                          {typeof v === 'number' ? formatNumber(v, Number.isInteger(v) ? {} : { significantFigures: 3 }) : '—'}
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
          <h2 id="handout-events">What happened</h2>
          <p className="value-unknown">No power figure for this site is on record, so there is no chart of it; its dated events instead:</p>
          <ol className="timeline">
            {handout.events.map((e) => (
              <li key={`${e.date}-${e.title}`}>
                <strong>{formatDate(e.date)}:</strong> {e.title}. <Refs ids={e.sourceIds} order={handout.sourceIds} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <NumberedSources ids={handout.sourceIds} headingId="handout-sources" compact />
      <p className="handout-foot">
        Data-center impact, an open-source civic data project. Printed from {url}. Data: CC BY 4.0; each figure&apos;s own source keeps its
        terms.
      </p>
    </article>
  );
}
