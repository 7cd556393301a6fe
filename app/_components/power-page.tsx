import { formatDate, formatNumber } from '@/lib/core/format';
import type { PowerDetail } from '@/lib/pages/power';
import { describeSpread } from '@/lib/pages/power';

import { barFor } from './bars';
import { ChartLegend } from './charts/chart-legend';
import { ResponsiveBarChart, ResponsiveStepChart } from './charts/responsive';
import { SERIES, type SeriesKey } from './charts/series';
import { FacilityPage, ScrollTable } from './facility-page';
import { AsOf, HowWeGotThis, Provenance, RangeNote, Value } from './quantity';
import { SourceCites } from './sources';

const CITY_TONES = { facility: 'facility', estimate: 'estimate', 'other site': 'claim' } as const;

const SUPPLY_SERIES: SeriesKey[] = ['gridSupplied', 'gridApproved', 'turbinesReported', 'turbinesPermitted', 'battery'];

function SupplyOverTime({ detail }: { detail: PowerDetail }) {
  const points = detail.overview.growth;
  const events = detail.facility.timeline
    .map((event, i) => ({ event, point: points[i] }))
    .filter(({ event }) => Object.keys(event.changes).some((k) => k !== 'gpuCount'));
  return (
    <section className="section" aria-labelledby="supply-heading">
      <h2 id="supply-heading">Grid and on-site supply over time</h2>
      <figure className="chart-figure" aria-labelledby="supply-chart-caption">
        <figcaption id="supply-chart-caption">
          <strong>Power available at the site</strong> (megawatts), by source and status
        </figcaption>
        <p className="chart-summary">{detail.overview.growthSummary.power}</p>
        <ChartLegend series={SUPPLY_SERIES} />
        <ResponsiveStepChart points={points} series={SUPPLY_SERIES} yLabel="MW" title="Step chart of power available at the site, in MW" />
      </figure>
      <ScrollTable id="supply-table-caption" title={<>Each dated change to the power supply, with its sources</>} stack>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            {SUPPLY_SERIES.map((k) => (
              <th scope="col" key={k}>
                {SERIES[k].label} (MW)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map(({ event, point }) => (
            <tr key={`${event.date}-${event.title}`}>
              <td className="nowrap">{formatDate(event.date)}</td>
              <th scope="row">
                {event.title}
                <span className="event-desc"> {event.description}</span> <SourceCites ids={event.sourceIds} />
              </th>
              {SUPPLY_SERIES.map((k) => (
                <td className="num" key={k} data-label={`${SERIES[k].label} (MW)`}>
                  {point?.[k] === null || point?.[k] === undefined ? (
                    <span className="value-unknown">—</span>
                  ) : (
                    `${point.derived[k as keyof typeof point.derived] ? '≈ ' : ''}${formatNumber(point[k] as number)}${point.derived[k as keyof typeof point.derived] ? '*' : ''}`
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        — : not reported at that date. * : our calculation from the count of turbines and one turbine&apos;s rating (see the overview). The
        batteries store energy for outages and peaks; they are not a source of energy.
      </p>
    </section>
  );
}

function Households({ detail }: { detail: PowerDetail }) {
  const h = detail.households;
  const lf = detail.overview.loadFactor;
  const first = h.figures[0];
  return (
    <section className="section" aria-labelledby="homes-heading">
      <h2 id="homes-heading">How many homes? Two honest ways</h2>
      <p className="section-intro">
        <strong>By power:</strong> the facility&apos;s megawatts ÷ the average power one home draws over a year. <strong>By energy:</strong>{' '}
        what the facility would use in a year (MW × 8,760 hours × a load factor) ÷ what one home uses in a year. At a load factor of{' '}
        <Value q={lf} />, as here, the two give the same answer; if the facility runs below its full power, the energy count is smaller in
        proportion. {lf.note}
      </p>
      <p>
        <strong>The answer depends on the home you compare with.</strong>{' '}
        {h.figures.map((f, i) => (
          <span key={f.key}>
            For <Value q={f.power} /> ({f.label.toLowerCase()}), it runs {describeSpread(h.rows, i)}.{' '}
          </span>
        ))}
      </p>
      <ScrollTable
        id="homes-table-caption"
        title={
          <>Homes with the same electricity use, by household baseline ({h.figures.map((f) => `${f.label.toLowerCase()}`).join('; ')})</>
        }
      >
        <thead>
          <tr>
            <th scope="col">Baseline</th>
            <th scope="col">One home&apos;s use</th>
            <th scope="col">Its average power</th>
            {h.figures.map((f) => (
              <th scope="col" key={`p-${f.key}`}>
                <Value q={f.power} /> by power
              </th>
            ))}
            {h.figures.map((f) => (
              <th scope="col" key={`e-${f.key}`}>
                <Value q={f.power} /> by energy
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {h.rows.map((r) => (
            <tr key={r.baseline.id}>
              <th scope="row">
                {r.baseline.label}
                <span className="event-desc">
                  {r.baseline.scope}. <AsOf q={r.baseline.electricityKwhPerMonth} />.{' '}
                  <SourceCites ids={r.baseline.electricityKwhPerMonth.sourceIds} />
                </span>
              </th>
              <td className="num">
                <Value q={r.baseline.electricityKwhPerMonth} />
              </td>
              <td className="num">
                <Value q={r.averageKw} />
              </td>
              {r.byPower.map((q, i) => (
                <td className="num" key={`p-${i}`}>
                  <Value q={q} />
                </td>
              ))}
              {r.byEnergy.map((q, i) => (
                <td className="num" key={`e-${i}`}>
                  <Value q={q} />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              {detail.place.utility.shortName}&apos;s rule of thumb
              <span className="event-desc">
                {h.homesPerMw.kind === 'known' ? h.homesPerMw.note : null} <SourceCites ids={h.homesPerMw.sourceIds} />
              </span>
            </th>
            <td className="num" colSpan={2}>
              <Value q={h.homesPerMw} /> <RangeNote q={h.homesPerMw} />
            </td>
            {h.ruleOfThumb.map((q, i) => (
              <td className="num" key={`r-${i}`}>
                <Value q={q} /> <RangeNote q={q} />
              </td>
            ))}
            {h.figures.map((f) => (
              <td className="num" key={`n-${f.key}`}>
                <span className="value-unknown">not an energy figure</span>
              </td>
            ))}
          </tr>
        </tbody>
      </ScrollTable>
      {first ? (
        <figure className="chart-figure" aria-labelledby="homes-chart-caption">
          <figcaption id="homes-chart-caption">
            <strong>
              Homes with the same yearly electricity as <Value q={first.power} /> running all year
            </strong>
            , by baseline (whiskers: the range of the utility&apos;s rule of thumb)
          </figcaption>
          <ResponsiveBarChart
            title={`Bar chart of homes equal to ${first.label.toLowerCase()}, by household baseline`}
            rows={[
              ...h.rows.flatMap((r) => barFor(r.baseline.label, r.byEnergy[0], 'facility')),
              ...barFor(`${detail.place.utility.shortName} rule of thumb`, h.ruleOfThumb[0], 'reference'),
            ]}
          />
        </figure>
      ) : null}
      {h.figures.map((f, i) => (
        <HowWeGotThis key={f.key} q={h.spread[i] ?? f.power} summary={`How we got the homes for ${f.label.toLowerCase()}`} />
      ))}
    </section>
  );
}

function AgainstTheCity({ detail }: { detail: PowerDetail }) {
  const { place, city } = detail;
  const u = place.utility;
  return (
    <section className="section" aria-labelledby="city-heading">
      <h2 id="city-heading">
        Against {u.shortName} and {place.grid.shortName}
      </h2>
      <p className="section-intro">
        {u.shortName} serves all of {place.region}. On an average day it delivers about <Value q={u.averageLoadMw} />; its normal summer
        peak is about <Value q={u.summerPeakMw} /> and its record is <Value q={u.recordPeakMw} />{' '}
        <RangeNote q={u.recordPeakMw} prefix="sources give" />. {place.grid.shortName}, which supplies {u.shortName}, set its record at{' '}
        <Value q={place.grid.recordPeakMw} /> (<AsOf q={place.grid.recordPeakMw} />; <SourceCites ids={place.grid.recordPeakMw.sourceIds} />
        ).
      </p>
      <figure className="chart-figure" aria-labelledby="city-chart-caption">
        <figcaption id="city-chart-caption">
          <strong>The facility&apos;s figures beside {u.shortName}&apos;s load</strong> (megawatts; blue: this facility&apos;s grid figures;
          red: an outside estimate of the whole site; brown: a request for another site; grey: {u.shortName})
        </figcaption>
        <ResponsiveBarChart
          title={`Bar chart of the facility's power figures beside ${u.shortName}'s average load and peaks, in MW`}
          rows={[
            ...city.rows.flatMap((r) => barFor(r.label.replace(/:.*$/, ''), r.power, CITY_TONES[r.kind])),
            ...barFor(`${u.shortName} average load`, u.averageLoadMw, 'reference'),
            ...barFor(`${u.shortName} summer peak`, u.summerPeakMw, 'reference'),
            ...barFor(`${u.shortName} record peak`, u.recordPeakMw, 'reference'),
          ]}
        />
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
            <th scope="col">Share of {u.shortName} average load</th>
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
                <Value q={r.power} />
              </td>
              <td className="num">
                <Value q={r.shareOfAverageLoad} />
              </td>
              <td className="num">
                <Value q={r.shareOfSummerPeak} />
              </td>
              <td className="num">
                <Value q={r.shareOfRecordPeak} /> <RangeNote q={r.shareOfRecordPeak} />
              </td>
              <td className="num">
                <Value q={r.shareOfGridRecordPeak} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p>
        <strong>In a year:</strong> at {city.annualEnergyLabel.toLowerCase()}, running all year, the facility would use{' '}
        <Value q={city.annualEnergy} />, or <Value q={city.shareOfAnnualSales} /> of {u.shortName}&apos;s yearly sales of{' '}
        <Value q={u.annualSalesMwh} /> (<AsOf q={u.annualSalesMwh} />; <SourceCites ids={u.annualSalesMwh.sourceIds} />
        ). <em>An estimate against an old total:</em> {u.annualSalesMwh.kind === 'known' ? u.annualSalesMwh.note : null}
      </p>
      <HowWeGotThis q={city.shareOfAnnualSales} />
      <p className="footnote">
        Why the share of yearly sales is larger than the share of the average load: those 2018 sales average out to{' '}
        <Value q={city.salesAverageMw} /> around the clock, less than the roughly <Value q={u.averageLoadMw} /> average load quoted in 2024.
        The two figures come from different years and sources, and the 2024 one is a round number; the site shows both rather than pick one.
      </p>
      <p className="context">
        <strong>{u.shortName}&apos;s own estimate (2024):</strong> about <Value q={detail.overview.utilityStatedElectricShare} /> of its
        daily electric load. <Provenance q={detail.overview.utilityStatedElectricShare} inline />
      </p>
    </section>
  );
}

function BottomUp({ detail }: { detail: PowerDetail }) {
  const b = detail.bottomUp;
  const last = b.rows[b.rows.length - 1];
  const overview = detail.overview;
  const grid = overview.power.filter((p) => p.key === 'gridSupplied' || p.key === 'gridApproved');
  return (
    <section className="section" aria-labelledby="bottom-up-heading">
      <h2 id="bottom-up-heading">A check from the chips: GPUs × power × overhead</h2>
      <p className="section-intro">
        Another way to size the facility: count its GPUs, multiply by the power each draws, and add the cooling and other overhead with the
        power usage effectiveness (PUE: the whole facility&apos;s power ÷ its computers&apos; power). One H100 chip draws up to{' '}
        <Value q={b.gpuBoardKw} />; a whole server, with its processors and networking, about <Value q={b.gpuSystemKw} />. PUE:{' '}
        <Value q={b.pue} /> <RangeNote q={b.pue} />.{' '}
        <SourceCites ids={[...b.gpuBoardKw.sourceIds, ...b.gpuSystemKw.sourceIds, ...b.pue.sourceIds]} />
      </p>
      <figure className="chart-figure" aria-labelledby="gpu-chart-caption">
        <figcaption id="gpu-chart-caption">
          <strong>GPUs (graphics processors) at the site</strong> (data: the first two columns of the table below)
        </figcaption>
        <p className="chart-summary">{overview.growthSummary.gpus}</p>
        <ResponsiveStepChart
          points={overview.growth}
          series={['gpus']}
          yLabel="GPUs"
          title="Step chart of the number of GPUs at the site"
          height={200}
        />
      </figure>
      <ScrollTable id="bottom-up-table-caption" title={<>Bottom-up power at each GPU count, with the date and event of each count</>}>
        <thead>
          <tr>
            <th scope="col">GPU count</th>
            <th scope="col">GPUs</th>
            <th scope="col">Chips alone</th>
            <th scope="col">Whole servers</th>
            <th scope="col">Whole facility (× PUE)</th>
          </tr>
        </thead>
        <tbody>
          {b.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td className="num">
                <Value q={r.gpus} /> <RangeNote q={r.gpus} />
              </td>
              <td className="num">
                <Value q={r.gpuOnlyMw} />
              </td>
              <td className="num">
                <Value q={r.computersMw} /> <RangeNote q={r.computersMw} />
              </td>
              <td className="num">
                <Value q={r.facilityMw} /> <RangeNote q={r.facilityMw} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {last ? (
        <>
          <figure className="chart-figure" aria-labelledby="bottom-up-chart-caption">
            <figcaption id="bottom-up-chart-caption">
              <strong>Bottom-up estimate beside the reported figures</strong> (megawatts; whiskers: the range)
            </figcaption>
            <ResponsiveBarChart
              title="Bar chart of the bottom-up power estimate beside the grid figures and an outside estimate, in MW"
              rows={[
                ...barFor('Bottom-up, latest GPU count', last.facilityMw, 'estimate'),
                ...grid.flatMap((p) => barFor(p.label, p.power, 'facility')),
                ...barFor('Whole site, Epoch AI estimate', detail.facility.power.estimatedFacilityPowerMw, 'reference'),
              ]}
            />
          </figure>
          <HowWeGotThis q={last.facilityMw} summary="How we got the bottom-up estimate" />
        </>
      ) : null}
      <p className="footnote">
        Caveats: the server figure is for NVIDIA&apos;s H100 servers; the newer H200 and GB200 chips at the site draw more, so the latest
        bottom-up figure is likely low. The facility does not run every GPU at full power all the time. Epoch AI&apos;s estimate is its own,
        from imagery and reports. <Provenance q={detail.facility.power.estimatedFacilityPowerMw} inline />
      </p>
    </section>
  );
}

function GridVersusOnsite({ detail }: { detail: PowerDetail }) {
  const { supply, bills, place } = detail;
  const u = place.utility;
  return (
    <section className="section" aria-labelledby="grid-onsite-heading">
      <h2 id="grid-onsite-heading">Grid versus on-site turbines</h2>
      <p className="section-intro">
        Until the grid connection was finished, gas turbines on site supplied much of the power. Where sources give both figures, this is
        the grid&apos;s share of the power available at the site.
      </p>
      <ScrollTable id="grid-share-caption" title={<>The grid&apos;s share of the power available on site, where both figures are known</>}>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Grid in service</th>
            <th scope="col">Gas turbines</th>
            <th scope="col">Grid&apos;s share</th>
          </tr>
        </thead>
        <tbody>
          {supply.map((r) => (
            <tr key={`${r.event.date}-${r.turbineBasis}`}>
              <th scope="row">
                {formatDate(r.event.date)}
                <span className="event-desc">{r.event.title}</span>
              </th>
              <td className="num">
                <Value q={r.grid} />
              </td>
              <td className="num">
                <Value q={r.turbines} /> ({r.turbineBasis})
              </td>
              <td className="num">
                <Value q={r.gridShare} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        Turbine figures are capacity reported on site or permitted, not what they generated; how much they actually ran was not published.
      </p>

      <h3 id="bills-heading">What the utility bills imply</h3>
      <p>
        In 2024 {u.shortName}&apos;s president expected xAI to pay about <Value q={bills.expected} /> (
        <Provenance q={bills.expected} inline />
        ). Bills obtained through public records show <Value q={bills.reported} /> <RangeNote q={bills.reported} /> for electricity in early
        2025 (<Provenance q={bills.reported} inline />
        ).
      </p>
      <div className="cards">
        <article className="card" aria-labelledby="bills-reported">
          <h3 id="bills-reported">What the reported bills pay for</h3>
          <p className="big">
            ≈ <Value q={bills.reportedAverageMw} />
          </p>
          <p className="card-desc">
            on average <RangeNote q={bills.reportedAverageMw} />, at state-average prices of <Value q={bills.price} />{' '}
            <RangeNote q={bills.price} />
          </p>
          <HowWeGotThis q={bills.reportedAverageMw} />
        </article>
        <article className="card" aria-labelledby="bills-expected">
          <h3 id="bills-expected">What the expected bill would pay for</h3>
          <p className="big">
            ≈ <Value q={bills.expectedAverageMw} />
          </p>
          <p className="card-desc">
            on average <RangeNote q={bills.expectedAverageMw} />, at the same prices
          </p>
          <HowWeGotThis q={bills.expectedAverageMw} />
        </article>
      </div>
      <p>
        <strong>Where the records disagree:</strong> the grid power in service at the time of those bills was{' '}
        {bills.gridInServiceAtBills ? <Value q={bills.gridInServiceAtBills} /> : 'not known'}. The expected bill matches a load of that
        order; the reported bills pay for a few megawatts on average. Possible reasons, none confirmed: the bills cover only part of the
        load or months before full operation, the turbines carried most of the load, or the reported figures are partial. xAI&apos;s tariff
        was not found, so the price is an assumption from state averages; demand charges would make the implied energy smaller still.
      </p>
    </section>
  );
}

export function PowerPage({ detail }: { detail: PowerDetail }) {
  const { place } = detail;
  return (
    <FacilityPage
      overview={detail.overview}
      section="power"
      title="Power"
      lede={
        <>
          How much electricity the facility draws or may draw, from the grid and from gas turbines on site, set against homes and against{' '}
          {place.utility.shortName}, with the sources and arithmetic for each step.
        </>
      }
      sourceIds={detail.sourceIds}
    >
      <SupplyOverTime detail={detail} />
      <Households detail={detail} />
      <AgainstTheCity detail={detail} />
      <BottomUp detail={detail} />
      <GridVersusOnsite detail={detail} />
    </FacilityPage>
  );
}
