import { describeNox } from '@/lib/pages/concerns';
import { formatCentralAndRange, formatDate } from '@/lib/core/format';
import { dataUpdatedOn } from '@/lib/data/load';
import { publicPath, withQuery } from '@/lib/pages/site';
import { REPORT_KIND_LABEL } from '@/lib/pages/water';

import { barFor } from '../../_components/bars';
import { Arithmetic, NumberedSources, Refs, ViewQr, viewUrl } from '../../_components/paper';
import { BarRangeChart } from '../../_components/charts/bar-range-chart';
import { ChartLegend } from '../../_components/charts/chart-legend';
import { formulasOf, type SeriesOf } from '@/lib/power/growth';
import { SeriesCell, SeriesTableHead } from '../../_components/series-cell';
import { StepChart } from '../../_components/charts/step-chart';
import { TableBox } from '../../_components/facility-page';
import { FacilityNav } from '../../_components/facility-nav';
import { describeSettings, reportSettings } from '../../_components/scenario-settings';
import { styleFor, Figure, RangeNote } from '../../_components/quantity';
import type { SectionProps } from '@/app/_sections/types';

const POWER_SERIES: SeriesOf[] = ['gridSupplied', 'gridApproved', 'turbinesReported', 'turbinesPermitted'];

export async function ReportPage({ model: report }: SectionProps<'report'>) {
  const { power, water } = report;
  const o = power.overview;
  const { facility, place } = o;
  const u = place.utility;
  const order = report.sourceIds;
  // the table under the power chart: only the series the facility has a figure for
  const powerSeries = POWER_SERIES.filter((k) => report.overview.growth.some((p) => p[k] !== null));
  const powerFormulas = formulasOf(report.overview.growthRows, powerSeries);
  const url = viewUrl(withQuery(publicPath(facility.id, 'overview'), o.scenarioQuery));
  const dataUpdated = dataUpdatedOn();
  const approved = o.power.find((p) => p.key === 'gridApproved') ?? o.power[0];

  return (
    <article className="report">
      <FacilityNav facility={facility} current="report" query={o.scenarioQuery} />
      <header className="report-head">
        <div>
          <p className="eyebrow">Data-center impact · report</p>
          <h1>
            {facility.name}, {place.name}: power and water
          </h1>
          <p>
            {facility.address} · {facility.neighbourhood} · operated by {facility.operator}
          </p>
          <p className="report-meta">
            Data updated {formatDate(dataUpdated)} · data as of {formatDate(o.asOf)} · figures checked up to {formatDate(o.checkedTo)} ·
            settings: {describeSettings(o, reportSettings(o)).join('; ')}.
          </p>
          <p className="report-meta">
            Open this view online: <a href={url}>{url}</a>
          </p>
        </div>
        <ViewQr url={url} />
      </header>

      <section aria-labelledby="r-figures">
        <h2 id="r-figures">Headline figures</h2>
        <p className="report-note">Numbers in brackets refer to the sources at the end. The figures overlap: do not add them up.</p>
        <TableBox labelledBy="r-figures">
          <table>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Value</th>
                <th scope="col">As of</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {report.headline.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{r.q.kind === 'known' ? formatCentralAndRange(r.q, styleFor(r.q)) : 'not known'}</td>
                  <td className="nowrap">{r.q.asOf ? formatDate(r.q.asOf) : '—'}</td>
                  <td>
                    <Refs q={r.q} order={order} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      </section>

      <section aria-labelledby="r-against">
        <h2 id="r-against">Set against {place.name}</h2>
        <TableBox labelledBy="r-against">
          <table>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Homes with the same yearly electricity ({o.defaultBaseline.label}; range across baselines)</th>
                <th scope="col">Share of {u.shortName}&apos;s load on an average day</th>
                <th scope="col">Share of summer peak</th>
              </tr>
            </thead>
            <tbody>
              {o.power.map((p) => (
                <tr key={p.key}>
                  <th scope="row">
                    {p.label}, <Figure q={p.power} />
                  </th>
                  <td className="num">
                    <Figure q={p.households.overall} /> <RangeNote q={p.households.overall} />
                  </td>
                  <td className="num">
                    <Figure q={p.shareOfAverageLoad} />
                  </td>
                  <td className="num">
                    <Figure q={p.shareOfSummerPeak} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
        <p>
          <strong>Water:</strong> <Figure q={report.ownWater.use} /> is about{' '}
          {report.ownWater.households ? (
            <>
              <Figure q={report.ownWater.households} /> (the {report.ownWater.baseline?.label}) or{' '}
            </>
          ) : null}
          <Figure q={report.ownWater.people} /> at home, and <Figure q={report.ownWater.shareOfPumping} /> of {u.shortName}&apos;s daily
          pumping <Refs q={report.ownWater.shareOfPumping} order={order} />. {u.shortName} itself estimated about{' '}
          <Figure q={report.stated.electric} /> of its daily electric load and <Figure q={report.stated.water} /> of its daily water (2024){' '}
          <Refs q={report.stated.water} order={order} />.
        </p>
        {approved ? (
          <div className="report-how">
            <p>
              <strong>How we got the homes for {approved.label.toLowerCase()}</strong>{' '}
              <Refs q={approved.households.overall} order={order} />:
            </p>
            <Arithmetic q={approved.households.overall} />
            <p>
              <strong>And its share of {u.shortName}&apos;s load on an average day:</strong>
            </p>
            <Arithmetic q={approved.shareOfAverageLoad} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="r-charts" className="report-charts">
        <h2 id="r-charts">Over time, and every report of water use</h2>
        <figure>
          <figcaption>
            <strong>Power at the site (MW).</strong> {o.growthSummary.power}
          </figcaption>
          <ChartLegend series={POWER_SERIES} />
          <div className="chart">
            <StepChart
              points={o.growth}
              series={POWER_SERIES}
              yLabel="MW"
              width={680}
              height={240}
              title="Step chart of power at the site, in MW"
              heading={`${facility.shortName}: power at the site, in MW`}
            />
          </div>
        </figure>
        <TableBox labelledBy="r-power-table">
          <table className="report-data">
            <caption id="r-power-table">Data for the chart: the figures after each dated change (MW; — where none is reported)</caption>
            <SeriesTableHead series={powerSeries} />
            <tbody>
              {o.growthRows
                .filter((p) => powerSeries.some((k) => p.changed.includes(k)))
                .map((p) => (
                  <tr key={`${p.date}-${p.title}`}>
                    <td className="nowrap">{formatDate(p.date)}</td>
                    <th scope="row">
                      {p.title} <Refs ids={p.sourceIds} order={order} />
                    </th>
                    {powerSeries.map((k) => (
                      <td className="num" key={k}>
                        <SeriesCell point={p} k={k} />
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        </TableBox>
        {powerFormulas.length > 0 ? (
          <p className="footnote">
            {powerFormulas.map((f) => (
              <span key={f}>* Our calculation: {f}. </span>
            ))}
          </p>
        ) : null}
        <figure>
          <figcaption>
            <strong>Reports of daily water use on site (gallons a day).</strong> Expected demand, reported use and our arithmetic on the
            water bills do not agree; the utility&apos;s meter records were not found.
          </figcaption>
          <div className="chart">
            <BarRangeChart
              width={680}
              title="Bar chart of the reports of daily water use at the site, in gallons a day"
              heading={`${facility.shortName}: reports of daily water use, in gallons a day`}
              rows={water.reports.flatMap((r) =>
                barFor(r.label, r.perDay, r.kind === 'expected' ? 'reference' : r.kind === 'implied' ? 'claim' : 'facility'),
              )}
            />
          </div>
        </figure>
        <TableBox labelledBy="r-water-table">
          <table className="report-data">
            <caption id="r-water-table">Data for the chart: each report of daily water use</caption>
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">What it is</th>
                <th scope="col">Gallons a day</th>
                <th scope="col">As of</th>
                <th scope="col">Sources</th>
              </tr>
            </thead>
            <tbody>
              {water.reports.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{REPORT_KIND_LABEL[r.kind]}</td>
                  <td className="num">
                    <Figure q={r.perDay} /> <RangeNote q={r.perDay} />
                  </td>
                  <td className="nowrap">{r.perDay.asOf ? formatDate(r.perDay.asOf) : '—'}</td>
                  <td>
                    <Refs q={r.perDay} order={order} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      </section>

      <section aria-labelledby="r-disagree">
        <h2 id="r-disagree">Where the records disagree</h2>
        <ul>
          <li>
            <strong>Electricity bills.</strong> Bills of <Figure q={report.bills.reported} /> (January to June 2025) pay for about{' '}
            <Figure q={report.bills.reportedAverageMw} /> on average at state-average prices, while{' '}
            {report.bills.gridInServiceAtBillsStart ? (
              <>
                <Figure q={report.bills.gridInServiceAtBillsStart} /> and then{' '}
              </>
            ) : null}
            {report.bills.gridInServiceAtBills ? <Figure q={report.bills.gridInServiceAtBills} /> : 'the grid power'} of grid power was in
            service; the <Figure q={report.bills.expected} /> expected in 2024 would pay for about{' '}
            <Figure q={report.bills.expectedAverageMw} /> <Refs q={report.bills.reportedAverageMw} order={order} />. Two records that
            disagree, unexplained in the sources found.
          </li>
          <li>
            <strong>Water.</strong> Expected demand of about one million gallons a day; reported draws from 30,000 gallons a day (2024) to a
            peak day above 800,000 (2026); water bills that pay for far less. See the chart above.
          </li>
          <li>
            <strong>Recycling plant.</strong> {water.recycling.plant.status} {water.recycling.plant.statusNote}{' '}
            <Refs q={water.recycling.plant.capacityGallonsPerDay} order={order} />
          </li>
        </ul>
      </section>

      <section aria-labelledby="r-concerns">
        <h2 id="r-concerns">What residents have raised</h2>
        <ul>
          <li>
            <strong>The energy load</strong> on a utility whose customers already carry high energy bills: the figures above.
          </li>
          <li>
            <strong>The aquifer</strong>, the city&apos;s only drinking-water source: the water figures above, and the recycling
            plant&apos;s status.
          </li>
          <li>
            <strong>Air pollution</strong> from gas turbines run on site, some without an air permit, in neighbourhoods that already carry a
            heavy burden: the turbine figures above.{' '}
            {report.concerns ? (
              <>
                {describeNox(report.concerns)} <Refs q={report.concerns.nox.map((e) => e.tonsPerYear)} order={order} /> The site&apos;s
                Concerns page gives each estimate with who made it, the grid&apos;s CO2 for the same energy, and the neighbourhood&apos;s
                health context.
              </>
            ) : (
              'Emission figures are not yet in this site’s data for this facility.'
            )}
          </li>
        </ul>
      </section>

      <NumberedSources ids={order} headingId="r-sources" />
    </article>
  );
}
