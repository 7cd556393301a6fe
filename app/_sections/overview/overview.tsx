import Link from 'next/link';

import { formatDate } from '@/lib/core/format';
import { currency } from '@/lib/pages/currency';
import { type Overview, waterCaseText } from '@/lib/pages/overview';
import { WATER_CARD } from '@/lib/pages/overview-cards';
import { formulasOf, GROWTH_POWER_SERIES, type SeriesOf } from '@/lib/power/growth';
import { publicPath, withQuery } from '@/lib/pages/site';

import { ChartLegend } from '../../_components/charts/chart-legend';
import { localePath } from '@/lib/i18n/locales';
import { CurrencyLine } from '../../_components/currency';
import { OtherLanguage } from '../../_components/other-language';
import { SiteNextDecisions } from '../../_components/decisions';
import { SERIES } from '../../_components/charts/series';
import { ResponsiveStepChart, type ResponsiveStepChartProps } from '../../_components/charts/responsive';
import { EmbedThis } from '../../_components/embed-this';
import { FacilityNav } from '../../_components/facility-nav';
import { ScrollTable } from '../../_components/facility-page';
import { ScenarioPanel } from '../../_components/scenario-panel';
import { overviewSettings } from '../../_components/scenario-settings';
import { SeriesCell, SeriesTableHead } from '../../_components/series-cell';
import { AsOf, Comparison, HowWeGotThese, HowWeGotThis, Provenance, RangeNote, Figure } from '../../_components/quantity';
import { EventCites, SourceCites, SourcesNote } from '../../_components/sources';
import { waterFigureCard } from '../../_embed/overview-cards';
import { HealthElsewhere } from './health-elsewhere';
import { CARD_EMBED_HEIGHT, PowerSection } from './power-section';
import type { SectionProps } from '@/app/_sections/types';

const POWER_SERIES: SeriesOf[] = [...GROWTH_POWER_SERIES];

function WaterSection({ overview }: { overview: Overview }) {
  const { water, place } = overview;
  const u = place.utility;
  if (water === undefined) {
    const why = overview.waterNotFound;
    return (
      <section aria-labelledby="water-heading" className="section">
        <h2 id="water-heading">Water</h2>
        <p className="value-unknown">
          Not known. {why?.reason} {why ? <SourceCites ids={why.sourceIds} /> : null}
        </p>
      </section>
    );
  }
  // the figure as a card of its own, for its files and embed page: none where it is not known
  const card = waterFigureCard(overview);
  return (
    <section aria-labelledby="water-heading" className="section">
      <h2 id="water-heading">Water</h2>
      <p className="section-intro">
        Cooling water for the facility comes from {u.shortName}, which pumps all of {place.name}&apos;s water from the Memphis Sand aquifer.
        Gallons a day is a flow: how much is used each day.
      </p>
      <div className="cards">
        <article className="card card-wide" aria-labelledby="water-use">
          <h3 id="water-use">Water use on site</h3>
          <p className="big">
            <Figure q={water.use} />
          </p>
          <p className="card-desc">
            {water.reported ? (
              <>
                {waterCaseText(overview)}: {water.reported.label}
                {water.use.kind === 'known' && water.use.asOf ? `, ${formatDate(water.use.asOf)}` : ''}.
              </>
            ) : (
              <>
                {waterCaseText(overview)} <RangeNote q={water.use} prefix="sources give" />
              </>
            )}
          </p>
          <Provenance q={water.use} />
          {water.reported && water.expected.kind === 'known' ? (
            <p className="card-desc">
              <strong>Expected, beside it:</strong> <Figure q={water.expected} range="inline" />, the demand the sources expected before any
              use was reported. <Provenance q={water.expected} inline />
            </p>
          ) : null}
          <p className="note">
            Reports of what the facility actually drew, and its water bills, give very different figures: see each of them on the{' '}
            <Link href={withQuery(publicPath(overview.facility.id, 'water'), overview.scenarioQuery)}>Water page</Link>.
          </p>
          {water.use.kind === 'known' && water.use.note ? <p className="note">{water.use.note}</p> : null}
          {water.reported ? <HowWeGotThis q={water.use} /> : null}
          <ul className="comparisons">
            {water.households && water.baseline ? (
              <Comparison q={water.households} approx how={false}>
                use as much water at home in a day (compared with the {water.baseline.label}) <RangeNote q={water.households} />
              </Comparison>
            ) : (
              <li>Household water baseline not known.</li>
            )}
            <Comparison q={water.people} approx how={false}>
              use as much water at home in a day <RangeNote q={water.people} />
            </Comparison>
            <Comparison q={water.shareOfPumping} how={false}>
              of {u.shortName}&apos;s daily pumping <RangeNote q={water.shareOfPumping} />
            </Comparison>
            <Comparison q={water.shareOfRecordDay} how={false}>
              of {u.shortName}&apos;s all-time record day <RangeNote q={water.shareOfRecordDay} />
            </Comparison>
          </ul>
          <HowWeGotThese
            qs={[...(water.households ? [water.households] : []), water.people, water.shareOfPumping, water.shareOfRecordDay]}
          />
          {card ? (
            <EmbedThis
              chart={WATER_CARD}
              facilityId={overview.facility.id}
              query={overview.scenarioQuery}
              title={card.heading}
              height={CARD_EMBED_HEIGHT}
              what="this figure"
            />
          ) : null}
        </article>
      </div>
      {water.utilityStatedShare ? (
        <p className="context">
          <strong>{u.shortName}&apos;s own estimate:</strong> about <Figure q={water.utilityStatedShare} /> added to its daily freshwater
          use. <Provenance q={water.utilityStatedShare} inline />
        </p>
      ) : null}
      {place.householdBaselines
        .filter((b) => b.waterGallonsPerDay.kind === 'unknown')
        .map((b) => (
          <p className="footnote" key={b.id}>
            {b.label}: {b.waterGallonsPerDay.kind === 'unknown' ? b.waterGallonsPerDay.reason : null}
          </p>
        ))}
    </section>
  );
}

/** The growth chart as the page draws it, and its files and embed (app/_embed/specs.ts); undefined where there is no figure to chart. */
export function growthChart(overview: Overview): ResponsiveStepChartProps | undefined {
  if (overview.uncharted !== undefined) return undefined;
  const series = POWER_SERIES.filter((k) => overview.growth.some((p) => p[k] !== null));
  return {
    points: overview.growth,
    series,
    yLabel: 'MW',
    title: 'Step chart of power at the site, in MW',
    heading: `${overview.facility.shortName}: power at the site, in MW`,
  };
}

function GrowthSection({ overview }: { overview: Overview }) {
  const points = overview.growth;
  const first = points[0];
  const last = points[points.length - 1];
  const span = first && last ? `${formatDate(first.date)} to ${formatDate(last.date)}` : '';
  // only the series this facility has a figure for: a legend entry and a column of dashes say nothing
  const series = POWER_SERIES.filter((k) => points.some((p) => p[k] !== null));
  const derivedNotes = formulasOf(overview.growthRows, series);
  const chart = growthChart(overview);
  if (overview.uncharted !== undefined || chart === undefined) {
    // no power figure at any date: no chart to draw, but the dated events are still the facility's story
    return (
      <section aria-labelledby="growth-heading" className="section">
        <h2 id="growth-heading">What happened</h2>
        <p>{overview.growthSummary.power}</p>
        <ol className="timeline">
          {(overview.uncharted ?? []).map((e) => (
            <li key={`${e.date}-${e.title}`}>
              <strong>
                {formatDate(e.date)}: {e.title}.
              </strong>{' '}
              {e.description} <EventCites event={e} />
            </li>
          ))}
        </ol>
      </section>
    );
  }
  return (
    <section aria-labelledby="growth-heading" className="section">
      <h2 id="growth-heading">Growth</h2>
      <figure className="chart-figure" aria-labelledby="power-chart-caption">
        <figcaption id="power-chart-caption">
          <strong>Power at the site, {span}</strong> (megawatts; each dot is a dated event in the table below)
        </figcaption>
        <p className="chart-summary">{overview.growthSummary.power}</p>
        <ChartLegend series={series} />
        <ResponsiveStepChart {...chart} />
        <EmbedThis chart="growth" facilityId={overview.facility.id} query={overview.scenarioQuery} title={chart.heading} />
      </figure>
      <ScrollTable
        id="growth-table-caption"
        title={<>Data for the chart: the figures after each dated event (— where none is reported)</>}
        stack
      >
        <SeriesTableHead series={series} unit="MW" />
        <tbody>
          {overview.growthRows.map((p) => (
            <tr key={`${p.date}-${p.title}`}>
              <td className="nowrap">{formatDate(p.date)}</td>
              <th scope="row">
                {p.title} <SourceCites ids={p.sourceIds} />
              </th>
              {series.map((k) => (
                <td className="num" key={k} data-label={`${SERIES[k].label} (MW)`}>
                  <SeriesCell point={p} k={k} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {derivedNotes.length > 0 ? (
        <ul className="footnote table-notes">
          {derivedNotes.map((n) => (
            <li key={n}>* Our calculation: {n}.</li>
          ))}
        </ul>
      ) : null}
      {overview.growthGpuSourceIds.length > 0 ? (
        <p>
          {overview.growthSummary.gpus} <SourceCites ids={overview.growthGpuSourceIds} />. The GPU count over time, and what it implies for
          power, is on the <Link href={withQuery(publicPath(overview.facility.id, 'power'), overview.scenarioQuery)}>Power page</Link>.
        </p>
      ) : overview.facility.kind === 'data center' ? (
        <p>{overview.growthSummary.gpus}</p>
      ) : null}
    </section>
  );
}

export function FacilityOverview({ model: overview, path }: SectionProps<'overview'>) {
  const { facility, place } = overview;
  return (
    <article className="facility">
      <header className="facility-head">
        <p className="eyebrow">
          {place.name}, {place.region}
        </p>
        <h1>{facility.name}</h1>
        <FacilityNav facility={facility} current="overview" query={overview.scenarioQuery} />
        <p className="address">
          {facility.address} · {facility.neighbourhood} · operated by {facility.operator} · <SourceCites ids={facility.addressSourceIds} />
        </p>
        <p className="lede">{facility.summary}</p>
        {[
          ...overview.suppliedBy.map((x) => ({ ...x, verb: 'Its power comes from' })),
          ...overview.supplies.map((x) => ({ ...x, verb: 'It powers' })),
        ].map((x) => (
          <p className="supply" key={`${x.verb}-${x.facilityId}`}>
            <strong>
              {x.verb} <Link href={withQuery(publicPath(x.facilityId), overview.otherFacilityQuery)}>{x.name}</Link>.
            </strong>{' '}
            {x.what} <SourceCites ids={x.sourceIds} /> The same megawatts are counted once, at the data center, in the area&apos;s totals.
          </p>
        ))}
        <p className="data-as-of">
          {overview.scenario.date === undefined
            ? 'Latest event in its timeline'
            : `Latest event in its timeline on or before ${formatDate(overview.scenario.date)}`}
          : <strong>{formatDate(overview.asOf)}</strong>.{' '}
          {overview.gpus && overview.gpus.kind === 'known' ? (
            <>
              GPUs: <Figure q={overview.gpus} /> <RangeNote q={overview.gpus} prefix="sources give" /> (<AsOf q={overview.gpus} />;{' '}
              <SourceCites ids={overview.gpus.sourceIds} />){overview.gpus.note ? <> {overview.gpus.note}</> : null}
            </>
          ) : null}
        </p>
        <CurrencyLine c={currency(facility.id)} />
        <OtherLanguage href={withQuery(localePath('es', publicPath(facility.id, 'overview')), overview.scenarioQuery)} />
        <SiteNextDecisions decisions={overview.next} name={facility.shortName} />
        <p className="how-to-read">
          Each figure shows its date and its source. Under each figure&apos;s comparisons, &ldquo;How we got these figures&rdquo; shows the
          arithmetic and its inputs. Where sources disagree, we show the range.
        </p>
      </header>
      <ScenarioPanel overview={overview} path={path} settings={overviewSettings(overview)} />
      <PowerSection overview={overview} />
      <WaterSection overview={overview} />
      <HealthElsewhere overview={overview} />
      <GrowthSection overview={overview} />
      <SourcesNote count={overview.sourceIds.length} />
    </article>
  );
}
