/** The front page: xAI in the Memphis area, every site together, without counting the same megawatts twice. */
import './area.css';

import Link from 'next/link';

import { formatDate, formatNumber } from '@/lib/core/format';
import { type AreaModel, FOOTPRINT_SERIES } from '@/lib/pages/area';
import { publicPath, withQuery } from '@/lib/pages/site';
import { inWords } from '@/lib/pages/sites';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import { ChartLegend } from '../../_components/charts/chart-legend';
import { ResponsiveStepChart, type ResponsiveStepChartProps } from '../../_components/charts/responsive';
import { SERIES } from '../../_components/charts/series';
import { airCard, electricityCard, healthCard, waterCard } from '../../_embed/cards';
import { DataLinks } from '../../_components/data-links';
import { EmbedThis } from '../../_components/embed-this';
import { NumberedSources } from '../../_components/paper';
import { OtherLanguage } from '../../_components/other-language';
import { ScrollTable } from '../../_components/facility-page';
import { LocatorMap } from '../../_components/map/locator-map';
import { Figure, Provenance } from '../../_components/quantity';
import { SeriesTableHead } from '../../_components/series-cell';
import { SourceCites, SourcesNote } from '../../_components/sources';
import { Answers } from './answers';
import { AirDetail, ElectricityDetail, WaterDetail } from './details';
import { HealthDetail } from './health';
import { AreaSites } from './sites';

/** The locator map's words, for the page and for its files and embed (app/_embed/specs.ts). */
export const MAP_WORDS = {
  title: "Map of xAI's sites in the Memphis area",
  description:
    'County and state lines around Memphis, with Colossus 1 near Boxtown, Colossus 2 in Whitehaven at the Mississippi line, and the Southaven power plant just across it.',
};

/** Where the sites are: the locator map, its places and the distances between them. */
export function AreaMap({ model, className }: { model: AreaModel; className?: string }) {
  return (
    <section className={className ? `section ${className}` : 'section'} aria-labelledby="map-heading">
      <h2 id="map-heading">Where the sites are</h2>
      <LocatorMap
        places={model.map.places}
        distances={model.map.distances}
        title={MAP_WORDS.title}
        description={MAP_WORDS.description}
        links={Object.fromEntries(model.sites.map((s) => [s.facility.id, publicPath(s.facility.id)]))}
      />
      <EmbedThis chart="map" query={model.overview.scenarioQuery} title={MAP_WORDS.title} height={720} />
    </section>
  );
}

/** The footprint chart as the front page draws it, and its files and embed (app/_embed/specs.ts). */
export function footprintChart(model: AreaModel): ResponsiveStepChartProps {
  const u = model.overview.place.utility;
  return {
    points: model.footprint,
    series: [...FOOTPRINT_SERIES],
    yLabel: 'MW',
    title: `Step chart of the power of xAI's data centers in the Memphis area, in MW, with ${u.shortName}'s summer peak`,
    heading: `xAI's Memphis-area data centers and ${u.shortName}'s summer peak, in MW`,
    more: { sourceIds: u.summerPeakMw.sourceIds, dates: [u.summerPeakMw.asOf] },
  };
}

export function Footprint({ model }: { model: AreaModel }) {
  const points = model.footprint;
  const keys = [...FOOTPRINT_SERIES];
  const u = model.overview.place.utility;
  return (
    <section className="section" aria-labelledby="footprint-heading">
      <h2 id="footprint-heading">The footprint over time</h2>
      <figure className="chart-figure" aria-labelledby="footprint-chart-caption">
        <figcaption id="footprint-chart-caption">
          <strong>xAI&apos;s data centers in the Memphis area</strong> (megawatts), beside {u.shortName}&apos;s normal summer peak
        </figcaption>
        <p className="chart-summary">{model.footprintSummary}</p>
        <ChartLegend series={keys} />
        <ResponsiveStepChart {...footprintChart(model)} />
        <EmbedThis chart="footprint" query={model.overview.scenarioQuery} title={footprintChart(model).heading} />
      </figure>
      <ScrollTable
        id="footprint-table-caption"
        className="footprint-table"
        title={<>Data for the chart: the sums after each dated event (— where none)</>}
        stack
      >
        <SeriesTableHead series={keys.filter((k) => k !== 'mlgwPeak')} events="Events" unit="MW" />
        <tbody>
          {points
            .filter((p) => p.changed.length > 0)
            .map((p) => (
              <tr key={p.date}>
                <td className="nowrap">{formatDate(p.date)}</td>
                <th scope="row">
                  {p.titles.join('; ')} <SourceCites ids={p.sourceIds} />
                </th>
                {keys
                  .filter((k) => k !== 'mlgwPeak')
                  .map((k) => (
                    <td className="num" key={k} data-label={`${SERIES[k].label} (MW)`}>
                      {p[k] === null ? (
                        <span className="value-unknown">—</span>
                      ) : p.computed.includes(k) ? (
                        <>≈ {formatNumber(p[k] as number, { significantFigures: 3 })}*</>
                      ) : (
                        formatNumber(p[k] as number)
                      )}
                    </td>
                  ))}
              </tr>
            ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        {u.shortName}&apos;s normal summer peak: <Figure q={u.summerPeakMw} /> (<Provenance q={u.summerPeakMw} inline />
        ). Where a data center has no independent estimate yet, its grid power in service stands in for it.
        {points.some((p) => p.computed.length > 0)
          ? ' * Includes our calculation: an outside estimate of the computers’ power (IT power) × the sourced PUE range; each facility’s page shows the formula.'
          : ''}
      </p>
    </section>
  );
}

function News({ model }: { model: AreaModel }) {
  return (
    <section className="section" aria-labelledby="news-heading">
      <h2 id="news-heading">What&apos;s new</h2>
      <p className="section-intro">The latest dated events across the sites, newest first.</p>
      <ul className="news">
        {model.news.map((n) => (
          <li key={`${n.facilityId}-${n.date}-${n.title}`}>
            <span className="as-of">{formatDate(n.date)}</span> ·{' '}
            <Link href={withQuery(publicPath(n.facilityId, n.page), '')}>{n.facilityName}</Link>: {n.title}.{' '}
            <SourceCites ids={n.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AreaPage({ model }: { model: AreaModel }) {
  return (
    <article className="facility area">
      <header className="facility-head area-head">
        <h1>xAI in the Memphis area</h1>
        <p className="area-lede">
          {capitalize(inWords(model.sites.length))} sites, set against homes, water and air. Data updated{' '}
          {formatDate(model.currency.dataUpdated)}; latest event on record {formatDate(model.currency.latestEvent)} (
          <Link href="/methodology#currency">what these dates mean</Link>).{' '}
          <OtherLanguage href={withQuery('/es', model.overview.scenarioQuery)} inline />
        </p>
      </header>
      <Answers answers={model.answers} />
      {electricityCard(model) ? (
        <EmbedThis
          chart="electricity"
          query={model.overview.scenarioQuery}
          title="The electricity answer"
          height={300}
          what="the electricity answer"
        />
      ) : null}
      {waterCard(model) ? (
        <EmbedThis chart="wateruse" query={model.overview.scenarioQuery} title="The water answer" height={300} what="the water answer" />
      ) : null}
      {airCard(model) ? (
        <EmbedThis chart="air" query={model.overview.scenarioQuery} title="The air answer" height={320} what="the air answer" />
      ) : null}
      {healthCard(model) ? (
        <EmbedThis chart="health" query={model.overview.scenarioQuery} title="The health answer" height={320} what="the health answer" />
      ) : null}
      <p className="paper-links no-print">
        On paper: <Link href="/handout">the two-page handout</Link>, with every source&apos;s address and a QR code back to it, or{' '}
        <Link href="/report">the full report</Link>.
      </p>
      <ElectricityDetail answers={model.answers} notAdded={model.totals.notAdded} />
      <WaterDetail answers={model.answers} />
      <AirDetail answers={model.answers} />
      {/* on screen only: the front page prints on three pages; the figures themselves print in the answers */}
      <div className="area-screen-only">
        <HealthDetail health={model.answers.health} />
      </div>
      <Footprint model={model} />
      <div className="area-screen-only">
        <News model={model} />
        <AreaSites sites={model.sites} />
      </div>
      <AreaMap model={model} className="area-screen-only" />
      <DataLinks facilityId={undefined} query={model.overview.scenarioQuery} />
      <p className="scenario-none">
        The what-if settings change only the health figures on this page (<code>tons</code>, and the hours run where a figure is a rate): it
        adds up each site&apos;s other figures as published. Each facility&apos;s page takes them all.
      </p>
      <div className="area-screen-only">
        <SourcesNote count={model.sourceIds.length} />
      </div>
      {/* on paper, every source with its address; the handout (/handout) and the report (/report) are the pages made for print */}
      <div className="print-only">
        <NumberedSources ids={model.sourceIds} headingId="area-printed-sources" compact titles={false} />
      </div>
    </article>
  );
}
