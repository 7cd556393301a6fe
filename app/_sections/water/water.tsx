import { formatDate } from '@/lib/core/format';
import { waterCaseText } from '@/lib/pages/overview';
import { REPORT_KIND_LABEL, savingsMatchCapacity, type WaterDetail } from '@/lib/pages/water';

import { barFor } from '../../_components/bars';
import { ResponsiveBarChart, type ResponsiveBarChartProps } from '../../_components/charts/responsive';
import { EmbedThis } from '../../_components/embed-this';
import { FacilityPage, ScrollTable } from '../../_components/facility-page';
import { waterSettings } from '../../_components/scenario-settings';
import { AsOf, Comparison, HowWeGotThis, Provenance, RangeNote, RatioWords, Figure, FigureItem } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import type { SectionProps } from '@/app/_sections/types';

/** The chart of daily water use as the water page draws it, and its files and embed (app/_embed/specs.ts). */
export function waterChart(detail: WaterDetail): ResponsiveBarChartProps {
  return {
    title: 'Bar chart of the reports of daily water use at the site, in gallons a day',
    heading: `${detail.facility.shortName}: reports of daily water use, in gallons a day`,
    rows: detail.reports.flatMap((r) =>
      barFor(r.label, r.perDay, r.kind === 'expected' ? 'reference' : r.kind === 'implied' ? 'claim' : 'facility'),
    ),
  };
}

function DailyUse({ detail }: { detail: WaterDetail }) {
  return (
    <section className="section" aria-labelledby="use-heading">
      <h2 id="use-heading">Daily use on site: every report</h2>
      <p className="section-intro">
        The figures below do not agree, and they are not the same kind of figure: some are what the facility was expected to need, some are
        reports of what it drew, and one is our arithmetic on its water bills. All are water drawn from {detail.place.utility.shortName}
        &apos;s supply, which comes from the {detail.aquifer.name}. How much of it evaporates in the cooling tower (consumption) was not
        published.
      </p>
      <figure className="chart-figure" aria-labelledby="use-chart-caption">
        <figcaption id="use-chart-caption">
          <strong>Reports of daily water use on site</strong> (gallons a day; grey: expected demand; blue: reported use; brown: our
          arithmetic on the water bills; whiskers: the range a source gives)
        </figcaption>
        <ResponsiveBarChart {...waterChart(detail)} />
        <EmbedThis chart="water" facilityId={detail.facility.id} query={detail.overview.scenarioQuery} title={waterChart(detail).heading} />
      </figure>
      <ScrollTable id="use-table-caption" title={<>Each report of daily water use, per day and per year</>} stack>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Kind</th>
            <th scope="col">Gallons a day</th>
            <th scope="col">Gallons a year at that rate</th>
          </tr>
        </thead>
        <tbody>
          {detail.reports.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                <span className="event-desc">
                  <AsOf q={r.perDay} />.{' '}
                  {r.perDay.kind === 'known' && r.perDay.derivation ? (
                    <HowWeGotThis q={r.perDay} />
                  ) : (
                    <>
                      <SourceCites ids={r.perDay.sourceIds} /> {r.perDay.kind === 'known' ? r.perDay.note : null}
                    </>
                  )}
                </span>
              </th>
              <td data-label="Kind">{REPORT_KIND_LABEL[r.kind]}</td>
              <td className="num" data-label="Gallons a day">
                <Figure q={r.perDay} /> <RangeNote q={r.perDay} />
              </td>
              <td className="num" data-label="Gallons a year at that rate">
                {r.perYear ? (
                  <>
                    <Figure q={r.perYear} /> <RangeNote q={r.perYear} />
                  </>
                ) : (
                  <span className="value-unknown">a single day</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        The bills and the reports of use disagree by a factor of ten or more; the utility&apos;s meter records, which would settle it, were
        not found. The price of water to xAI is itself disputed (see its note under &ldquo;How we got this&rdquo;).
      </p>
    </section>
  );
}

function AgainstTheCity({ detail }: { detail: WaterDetail }) {
  const water = detail.own;
  const u = detail.place.utility;
  return (
    <section className="section" aria-labelledby="city-water-heading">
      <h2 id="city-water-heading">Against homes, people and {u.shortName}</h2>
      <p className="section-intro">
        Using <Figure q={water.use} />
        <RangeNote q={water.use} lead />, {waterCaseText(detail.overview)}:
      </p>
      <ul className="comparisons">
        {water.households && water.baseline ? (
          <Comparison q={water.households} approx>
            use as much water at home in a day (compared with the {water.baseline.label}) <RangeNote q={water.households} />
          </Comparison>
        ) : null}
        <Comparison q={water.people} approx>
          use as much water at home in a day <RangeNote q={water.people} />
        </Comparison>
        <Comparison q={water.shareOfPumping}>
          of {u.shortName}&apos;s daily pumping <RangeNote q={water.shareOfPumping} /> (sources differ on the pumping itself:{' '}
          <Figure q={u.waterPumpingGallonsPerDay} /> <RangeNote q={u.waterPumpingGallonsPerDay} />)
        </Comparison>
        <Comparison q={water.shareOfRecordDay}>
          of {u.shortName}&apos;s all-time record day of <Figure q={u.recordWaterDemandGallonsPerDay} />
        </Comparison>
        <Comparison q={detail.comparisons.shareOfCountyWithdrawals}>
          of all groundwater withdrawn in the county for public, industrial and commercial use
          {detail.aquifer.countyWithdrawalsGallonsPerDay.asOf
            ? ` in ${formatDate(detail.aquifer.countyWithdrawalsGallonsPerDay.asOf)}`
            : ''}{' '}
          (an old total)
        </Comparison>
      </ul>
      {water.utilityStatedShare ? (
        <p className="context">
          <strong>{u.shortName}&apos;s own estimate (2024):</strong> about <Figure q={water.utilityStatedShare} /> added to its daily
          freshwater use. <Provenance q={water.utilityStatedShare} inline />
        </p>
      ) : null}
    </section>
  );
}

function Aquifer({ detail }: { detail: WaterDetail }) {
  const a = detail.aquifer;
  return (
    <section className="section" aria-labelledby="aquifer-heading">
      <h2 id="aquifer-heading">The {a.name}</h2>
      <p className="section-intro">
        {detail.place.name} draws all of its drinking water from wells into this aquifer. What is known about its size and its levels:
      </p>
      <ul className="facts">
        <FigureItem label="Volume (the utility's figure)" q={a.volumeGallons} />
        <FigureItem label="Groundwater withdrawn in the county" q={a.countyWithdrawalsGallonsPerDay} />
        <FigureItem label="Fall in water levels, at worst" q={a.maxDeclineFeetPerYear} />
        <FigureItem label={`Fall in ${detail.place.utility.shortName}'s own pumping, 2000–2016`} q={a.utilityPumpingDeclineGallonsPerDay} />
        <FigureItem label="How fast rain refills it (recharge)" q={a.rechargeGallonsPerDay} />
      </ul>
    </section>
  );
}

function Recycling({ detail }: { detail: WaterDetail }) {
  const r = detail.recycling;
  const p = r.plant;
  const matches = savingsMatchCapacity(detail);
  return (
    <section className="section" aria-labelledby="recycling-heading">
      <h2 id="recycling-heading">The {p.name}</h2>
      <p className="section-intro">
        <strong>Status:</strong> {p.status} {p.statusNote} <SourceCites ids={p.statusSourceIds} />
      </p>
      <ul className="facts">
        <FigureItem label="Capacity" q={p.capacityGallonsPerDay} />
        <FigureItem label="Cost" q={p.costUsd} />
        <FigureItem label="Aquifer water saved each year, as claimed" q={p.claimedAquiferSavingsGallonsPerYear} />
        <FigureItem label="Cut in the draw on the aquifer, as claimed" q={p.claimedShareOfAquiferDraw} />
        <li>
          <strong>Ground broken:</strong> {formatDate(p.groundbreakingDate)}. <SourceCites ids={p.groundbreakingSourceIds} />
        </li>
      </ul>
      <h3>What it would change, if it runs at capacity</h3>
      <ul className="comparisons">
        <Comparison q={r.capacityPerYear}>
          at capacity every day of the year.{' '}
          {matches === true
            ? 'This is the yearly saving xAI claims: the claim assumes the plant runs at full capacity every day.'
            : matches === false
              ? 'This differs from the yearly saving xAI claims.'
              : ''}
        </Comparison>
        <Comparison q={r.shareOfPumping}>
          of {detail.place.utility.shortName}&apos;s daily pumping <RangeNote q={r.shareOfPumping} /> would no longer be needed, if the
          plant&apos;s water replaces aquifer water one for one
        </Comparison>
        <li>
          <span className="cmp-label">
            The plant&apos;s capacity is <RatioWords q={r.timesFacilityUse} of="the facility's own expected use" />
          </span>
          <HowWeGotThis q={r.timesFacilityUse} />
        </li>
      </ul>
      <p className="footnote">
        Until the plant runs, none of these savings exist; the facility&apos;s cooling water comes from the aquifer.
      </p>
    </section>
  );
}

function Offsite({ detail }: { detail: WaterDetail }) {
  const o = detail.offsite;
  return (
    <section className="section" aria-labelledby="offsite-heading">
      <h2 id="offsite-heading">Water at the power plants (off site)</h2>
      <p className="section-intro">
        Power plants use water too, mostly to cool. This water is not drawn in {detail.place.name} and is counted separately from the
        facility&apos;s own. <strong>Consumption</strong> is water evaporated and not returned; <strong>withdrawal</strong> is water taken
        from a river or well, most of it returned. For <Figure q={o.power} /> ({o.powerLabel.toLowerCase()}) running all day:
      </p>
      <ScrollTable id="offsite-table-caption" title={<>Water at the power plants for the facility&apos;s electricity, per day</>}>
        <thead>
          <tr>
            <th scope="col">If the electricity came from</th>
            <th scope="col">Measure</th>
            <th scope="col">Per MWh</th>
            <th scope="col">Per day</th>
          </tr>
        </thead>
        <tbody>
          {o.rows.map((r) => (
            <tr key={`${r.label}-${r.measure}`}>
              <th scope="row">
                {r.label}
                <span className="event-desc">
                  <HowWeGotThis q={r.perDay} />
                </span>
              </th>
              <td>{r.measure}</td>
              <td className="num">
                <Figure q={r.perMwh} /> <RangeNote q={r.perMwh} />
              </td>
              <td className="num">
                <Figure q={r.perDay} /> <RangeNote q={r.perDay} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        A figure for the plants that actually supply {detail.place.grid.shortName}&apos;s power was not found; these are a gas plant&apos;s
        figure and U.S. averages. Coal and nuclear plants cooled once-through withdraw far more water per MWh but consume little of it.
      </p>
    </section>
  );
}

export function WaterPage({ model: detail }: SectionProps<'water'>) {
  const { place } = detail;
  return (
    <FacilityPage
      overview={detail.overview}
      section="water"
      title="Water"
      scenario={waterSettings()}
      lede={
        <>
          How much water the facility draws, what the sources and records say, how that compares with homes and with{' '}
          {place.utility.shortName}&apos;s pumping, and what the promised recycling plant would change.
        </>
      }
      sourceIds={detail.sourceIds}
    >
      <DailyUse detail={detail} />
      <AgainstTheCity detail={detail} />
      <Aquifer detail={detail} />
      <Recycling detail={detail} />
      <Offsite detail={detail} />
    </FacilityPage>
  );
}
