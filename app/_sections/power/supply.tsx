/** Power page: grid and on-site supply over time, as a step chart and a dated table. */
import { formatDate } from '@/lib/core/format';
import type { PowerDetail } from '@/lib/pages/power';

import { ChartLegend } from '@/app/_components/charts/chart-legend';
import { ResponsiveStepChart, type ResponsiveStepChartProps } from '@/app/_components/charts/responsive';
import { EmbedThis } from '@/app/_components/embed-this';
import { SERIES } from '@/app/_components/charts/series';
import { formulasOf, type SeriesOf } from '@/lib/power/growth';
import { ScrollTable } from '@/app/_components/facility-page';
import { SeriesCell, SeriesTableHead } from '@/app/_components/series-cell';
import { EventCites } from '@/app/_components/sources';

const SUPPLY: SeriesOf[] = ['gridSupplied', 'gridApproved', 'turbinesReported', 'turbinesPermitted', 'battery'];
/** Where no supply is on record (Colossus 2), the power as the company states it and as analysts estimate it. */
const STATED: SeriesOf[] = ['claimed', 'estimated'];

/** The supply chart as the power page draws it, and its files and embed (app/_embed/specs.ts); undefined where no supply is on record. */
export function supplyChart(detail: PowerDetail): (Omit<ResponsiveStepChartProps, 'series'> & { series: SeriesOf[] }) | undefined {
  const points = detail.overview.growth;
  // only the series this facility has figures for; none at all, no section
  const has = (k: SeriesOf) => points.some((p) => p[k] !== null && p[k] !== undefined);
  const series = SUPPLY.some(has) ? SUPPLY.filter(has) : STATED.filter(has);
  if (series.length === 0) return undefined;
  const plant = detail.facility.kind === 'power plant';
  return {
    points,
    series,
    yLabel: 'MW',
    title: `Step chart of ${plant ? 'the power the plant may generate' : 'power available at the site'}, in MW`,
    heading: `${detail.facility.shortName}: ${plant ? 'power the plant may generate' : 'power available at the site'}, in MW`,
  };
}

export function SupplyOverTime({ detail }: { detail: PowerDetail }) {
  const points = detail.overview.growth;
  const chart = supplyChart(detail);
  if (chart === undefined) return null;
  const SUPPLY_SERIES = chart.series;
  // each formula behind a computed value, said once (turbines × rating; IT power × PUE)
  const formulas = formulasOf(points, SUPPLY_SERIES);
  // a power plant's turbines are what it generates with, not a supply it draws on
  const plant = detail.facility.kind === 'power plant';
  const events = detail.facility.timeline
    .map((event, i) => ({ event, point: points[i] }))
    .filter(({ event }) => {
      const keys = Object.keys(event.changes);
      return keys.length === 0 || keys.some((k) => k !== 'gpuCount');
    });
  return (
    <section className="section" aria-labelledby="supply-heading">
      <h2 id="supply-heading">{plant ? 'Generating capacity over time' : 'Grid and on-site supply over time'}</h2>
      <figure className="chart-figure" aria-labelledby="supply-chart-caption">
        <figcaption id="supply-chart-caption">
          <strong>{plant ? 'Power the plant may generate' : 'Power available at the site'}</strong> (megawatts), by source and status
        </figcaption>
        <p className="chart-summary">{detail.overview.growthSummary.power}</p>
        <ChartLegend series={SUPPLY_SERIES} />
        <ResponsiveStepChart {...chart} />
        <EmbedThis chart="supply" facilityId={detail.facility.id} query={detail.overview.scenarioQuery} title={chart.heading} />
      </figure>
      <ScrollTable
        id="supply-table-caption"
        title={<>Each dated change to the {plant ? "plant's generating capacity" : 'power supply'}, with its sources</>}
        stack
      >
        <SeriesTableHead series={SUPPLY_SERIES} unit="MW" />
        <tbody>
          {events.map(({ event, point }) => (
            <tr key={`${event.date}-${event.title}`}>
              <td className="nowrap">{formatDate(event.date)}</td>
              <th scope="row">
                {event.title}
                <span className="event-desc"> {event.description}</span> <EventCites event={event} />
              </th>
              {SUPPLY_SERIES.map((k) => (
                <td className="num" key={k} data-label={`${SERIES[k].label} (MW)`}>
                  {point === undefined ? <span className="value-unknown">—</span> : <SeriesCell point={point} k={k} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        — : not reported at that date.
        {formulas.map((f) => (
          <span key={f}> * Our calculation: {f}.</span>
        ))}
        {SUPPLY_SERIES.includes('battery') ? (
          <> The batteries store energy for outages and peaks; they are not a source of energy.</>
        ) : null}
      </p>
    </section>
  );
}
