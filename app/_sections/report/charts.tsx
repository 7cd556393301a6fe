/** The report's charts, each with its data table: power over time where the site has power figures, every report of water use where it has those. */
import { formatDate } from '@/lib/core/format';
import { formulasOf } from '@/lib/power/growth';
import type { Report } from '@/lib/pages/report';
import { REPORT_KIND_LABEL } from '@/lib/pages/water';

import { barFor } from '../../_components/bars';
import { ChartLegend } from '../../_components/charts/chart-legend';
import { ResponsiveBarChart, ResponsiveStepChart } from '../../_components/charts/responsive';
import { SERIES } from '../../_components/charts/series';
import { TableBox } from '../../_components/facility-page';
import { Cited, Refs } from '../../_components/paper';
import { RangeNote } from '../../_components/quantity';
import { SeriesCell, SeriesTableHead } from '../../_components/series-cell';

export function PowerChart({ report }: { report: Report }) {
  const chart = report.charts.power;
  if (chart === undefined) return null;
  const o = report.overview;
  const order = report.sourceIds;
  const formulas = formulasOf(chart.rows, chart.series);
  return (
    <section aria-labelledby="r-power-chart" className="report-chart">
      <h2 id="r-power-chart">Power over time</h2>
      <figure>
        <figcaption>
          <strong>Power at the site (MW).</strong> {o.growthSummary.power}
        </figcaption>
        <ChartLegend series={chart.series} />
        <ResponsiveStepChart
          points={o.growth}
          series={chart.series}
          yLabel="MW"
          height={200}
          title="Step chart of power at the site, in MW"
          heading={`${o.facility.shortName}: power at the site, in MW`}
        />
      </figure>
      <TableBox labelledBy="r-power-table">
        <table className="report-data stack">
          <caption id="r-power-table">Data for the chart: the figures after each dated change (MW; — where none is reported)</caption>
          <SeriesTableHead series={chart.series} />
          <tbody>
            {chart.rows.map((p) => (
              <tr key={`${p.date}-${p.title}`}>
                <td className="nowrap">{formatDate(p.date)}</td>
                <th scope="row">
                  {p.title} <Refs ids={p.sourceIds} order={order} />
                </th>
                {chart.series.map((k) => (
                  <td className="num" key={k} data-label={`${SERIES[k].label} (MW)`}>
                    <SeriesCell point={p} k={k} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {formulas.length > 0 ? (
        <p className="footnote">
          {formulas.map((f) => (
            <span key={f}>* Our calculation: {f}. </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

export function WaterChart({ report }: { report: Report }) {
  const rows = report.charts.water;
  if (rows === undefined || rows.length === 0) return null;
  const order = report.sourceIds;
  const f = report.overview.facility;
  return (
    <section aria-labelledby="r-water-chart" className="report-chart">
      <h2 id="r-water-chart">Every report of water use</h2>
      <figure>
        <figcaption>
          <strong>Reports of daily water use on site (gallons a day)</strong>, each marked by what it is:{' '}
          {[...new Set(rows.map((r) => REPORT_KIND_LABEL[r.kind]))].join(', ')}.
        </figcaption>
        <ResponsiveBarChart
          title="Bar chart of the reports of daily water use at the site, in gallons a day"
          heading={`${f.shortName}: reports of daily water use, in gallons a day`}
          rows={rows.flatMap((r) =>
            barFor(r.label, r.perDay, r.kind === 'expected' ? 'reference' : r.kind === 'implied' ? 'claim' : 'facility'),
          )}
        />
      </figure>
      <TableBox labelledBy="r-water-table">
        <table className="report-data stack">
          <caption id="r-water-table">Data for the chart: each report of daily water use</caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">What it is</th>
              <th scope="col">Gallons a day</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td data-label="What it is">{REPORT_KIND_LABEL[r.kind]}</td>
                <td className="num" data-label="Gallons a day">
                  <Cited q={r.perDay} order={order} /> <RangeNote q={r.perDay} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
