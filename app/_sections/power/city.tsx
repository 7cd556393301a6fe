/** Power page: the facility's figures as shares of the utility's load and the grid's record. */
import type { PowerDetail } from '@/lib/pages/power';

import { barFor } from '@/app/_components/bars';
import { ResponsiveBarChart, type ResponsiveBarChartProps } from '@/app/_components/charts/responsive';
import { EmbedThis } from '@/app/_components/embed-this';
import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, HowWeGotThis, Provenance, RangeNote, Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';
import { hasRange } from '@/lib/core/quantity';

const CITY_TONES = { facility: 'facility', estimate: 'estimate', claim: 'claim', 'other site': 'claim' } as const;
/** The legend names only the kinds of bar the chart draws. */
const CITY_LEGEND = {
  facility: "blue: this facility's grid figures",
  estimate: 'red: an outside estimate',
  claim: "brown: the company's claim",
  'other site': 'brown: a request for another site',
} as const;

/** The chart of the facility beside the utility, as the power page draws it, and its files and embed (app/_embed/specs.ts). */
export function cityChart(detail: PowerDetail): ResponsiveBarChartProps | undefined {
  const { place, city } = detail;
  if (city === undefined || detail.notYet) return undefined;
  const u = place.utility;
  return {
    title: `Bar chart of the facility's power figures beside ${u.shortName}'s load on an average day and its peaks, in MW`,
    heading: `${detail.facility.shortName} beside ${u.shortName}'s load and peaks, in MW`,
    rows: [
      ...city.rows.flatMap((r) => barFor(r.label.replace(/:.*$/, ''), r.power, CITY_TONES[r.kind])),
      ...barFor(`${u.shortName} on an average day`, u.averageLoadMw, 'reference'),
      ...barFor(`${u.shortName} summer peak`, u.summerPeakMw, 'reference'),
      ...barFor(`${u.shortName} record peak`, u.recordPeakMw, 'reference'),
    ],
  };
}

export function AgainstTheCity({ detail }: { detail: PowerDetail }) {
  const { place, city } = detail;
  // a view dated before the facility's first power figure has nothing to set against the utility (the page says so)
  if (city === undefined) return null;
  const u = place.utility;
  const gridName = place.grid.shortName === u.shortName ? place.grid.name : place.grid.shortName;
  const chart = cityChart(detail);
  const loads = [u.averageLoadMw, u.summerPeakMw, u.recordPeakMw, u.annualSalesMwh, place.grid.recordPeakMw];
  if (loads.every((q) => q.kind !== 'known')) {
    // no figure to set the facility against: say so once, rather than a page of "not known" shares
    return (
      <section className="section" aria-labelledby="city-heading">
        <h2 id="city-heading">Against {u.shortName}</h2>
        <p className="section-intro">
          {u.shortName} supplies {place.name}. Its load on an average day, its summer and record peaks and its yearly sales were not found,
          so this page gives no share of them.
        </p>
      </section>
    );
  }
  return (
    <section className="section" aria-labelledby="city-heading">
      <h2 id="city-heading">
        Against {u.shortName} and {gridName}
      </h2>
      <p className="section-intro">
        {u.shortName} supplies {place.name}. On an average day it delivers about <Figure q={u.averageLoadMw} /> (
        <Provenance q={u.averageLoadMw} inline />
        ); its normal summer peak is about <Figure q={u.summerPeakMw} /> (<Provenance q={u.summerPeakMw} inline />) and its record is{' '}
        <Figure q={u.recordPeakMw} /> (
        {u.recordPeakMw.kind === 'known' && hasRange(u.recordPeakMw) ? (
          <>
            <RangeNote q={u.recordPeakMw} prefix="sources give" bare />;{' '}
          </>
        ) : null}
        <Provenance q={u.recordPeakMw} inline />
        ). {gridName}, which supplies {u.shortName}, set its record at <Figure q={place.grid.recordPeakMw} /> (
        <Provenance q={place.grid.recordPeakMw} inline />
        ).
      </p>
      <figure className="chart-figure" aria-labelledby="city-chart-caption">
        <figcaption id="city-chart-caption">
          <strong>The facility&apos;s figures beside {u.shortName}&apos;s load</strong> (megawatts;{' '}
          {[...new Set(city.rows.filter((r) => r.power.kind === 'known').map((r) => CITY_LEGEND[r.kind]))].join('; ')}; grey: {u.shortName})
        </figcaption>
        {chart === undefined ? null : (
          <>
            <ResponsiveBarChart {...chart} />
            <EmbedThis chart="city" facilityId={detail.facility.id} query={detail.overview.scenarioQuery} title={chart.heading} />
          </>
        )}
      </figure>
      <ScrollTable
        id="city-table-caption"
        title={
          <>
            Each figure as a share of {u.shortName}&apos;s load and of {place.grid.shortName}&apos;s record
          </>
        }
      >
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Power</th>
            <th scope="col">Share of {u.shortName}&apos;s load on an average day</th>
            <th scope="col">Share of summer peak</th>
            <th scope="col">Share of record peak</th>
            <th scope="col">Share of {place.grid.shortName} record</th>
          </tr>
        </thead>
        <tbody>
          {city.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                <span className="event-desc">
                  <AsOf q={r.power} />. <SourceCites ids={r.power.sourceIds} />
                  {r.power.kind === 'known' && r.power.note ? ` ${r.power.note}` : ''}
                </span>
              </th>
              <td className="num">
                <Figure q={r.power} />
              </td>
              <td className="num">
                <Figure q={r.shareOfAverageLoad} />
              </td>
              <td className="num">
                <Figure q={r.shareOfSummerPeak} />
              </td>
              <td className="num">
                <Figure q={r.shareOfRecordPeak} /> <RangeNote q={r.shareOfRecordPeak} />
              </td>
              <td className="num">
                <Figure q={r.shareOfGridRecordPeak} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p>
        <strong>In a year:</strong> at {city.annualEnergyLabel.toLowerCase()}, running all year, the facility would use{' '}
        <Figure q={city.annualEnergy} />, or <Figure q={city.shareOfAnnualSales} /> of {u.shortName}&apos;s yearly sales of{' '}
        <Figure q={u.annualSalesMwh} /> (<AsOf q={u.annualSalesMwh} />; <SourceCites ids={u.annualSalesMwh.sourceIds} />
        ). <em>An estimate against an old total:</em> {u.annualSalesMwh.kind === 'known' ? u.annualSalesMwh.note : null}
      </p>
      <HowWeGotThis q={city.shareOfAnnualSales} />
      {city.salesAverageMw.kind === 'known' && u.averageLoadMw.kind === 'known' ? (
        <p className="footnote">
          Why the share of yearly sales is larger than the share of the load on an average day: those sales average out to{' '}
          <Figure q={city.salesAverageMw} /> around the clock (a mean over the whole year), less than the roughly{' '}
          <Figure q={u.averageLoadMw} /> that {u.shortName} delivers on an average day, as quoted in 2024. That figure is a level on a
          typical day, not a yearly mean, so a share of it is not a share of {u.shortName}&apos;s energy; the share of yearly sales is. The
          two figures come from different years and sources, and the 2024 one is a round number; the site shows both rather than pick one.
        </p>
      ) : null}
      {detail.overview.utilityStatedElectricShare ? (
        <p className="context">
          <strong>{u.shortName}&apos;s own estimate (2024):</strong> about <Figure q={detail.overview.utilityStatedElectricShare} /> of its
          daily electric load. <Provenance q={detail.overview.utilityStatedElectricShare} inline />
        </p>
      ) : null}
    </section>
  );
}
