/** The front page: xAI in the Memphis area, every site together, without counting the same megawatts twice. */
import Link from 'next/link';

import { formatDate, formatNumber } from '@/lib/core/format';
import { type AreaModel, FOOTPRINT_SERIES } from '@/lib/pages/area';
import { publicPath, withQuery } from '@/lib/pages/site';
import { inWords, sitesInWords } from '@/lib/pages/sites';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

import { ChartLegend } from '../../_components/charts/chart-legend';
import { ResponsiveStepChart } from '../../_components/charts/responsive';
import { SERIES } from '../../_components/charts/series';
import { ScrollTable } from '../../_components/facility-page';
import { LocatorMap } from '../../_components/map/locator-map';
import { Figure, HowWeGotThese, HowWeGotThis, Provenance } from '../../_components/quantity';
import { SeriesTableHead } from '../../_components/series-cell';
import { SourceCites, SourcesNote } from '../../_components/sources';
import { AreaSites } from './sites';

function Totals({ model }: { model: AreaModel }) {
  const t = model.totals;
  const u = model.overview.place.utility;
  const g = model.overview.place.grid;
  return (
    <section className="section" aria-labelledby="totals-heading">
      <h2 id="totals-heading">What the sites ask of the region</h2>
      <p className="section-intro">
        xAI has {sitesInWords(model.sites)}. A power plant makes power for a data center: its megawatts are the data center&apos;s, so they
        are counted once, at the data center, and not added again. No site&apos;s use is metered in public: these are the figures the
        sources give.
      </p>
      <div className="cards">
        <article className="card" aria-labelledby="total-estimated">
          <h3 id="total-estimated">As independent analysts estimate it</h3>
          <p className="big">
            <Figure q={t.estimated} />
          </p>
          <p className="card-desc">
            the data centers together, each by its latest outside estimate
            {t.estimateNotKnownAt.length > 0
              ? ` (not counted: ${t.estimateNotKnownAt.join(', ')}, for which no power figure was found)`
              : ''}
            . <Provenance q={t.estimated} inline />
          </p>
          <ul className="comparisons">
            <li>
              <span className="cmp-value">
                <Figure q={t.estimatedOfUtilityPeak} />
              </span>{' '}
              of {u.shortName}&apos;s normal summer peak
            </li>
            <li>
              <span className="cmp-value">
                <Figure q={t.estimatedOfGridRecord} />
              </span>{' '}
              of {g.shortName}&apos;s record peak
            </li>
          </ul>
          <HowWeGotThese qs={[t.estimatedOfUtilityPeak, t.estimatedOfGridRecord]} />
        </article>
        {t.claimed ? (
          <article className="card" aria-labelledby="total-claimed">
            <h3 id="total-claimed">As the companies state it</h3>
            <p className="big">
              <Figure q={t.claimed} />
            </p>
            <p className="card-desc">
              the data centers together, by xAI&apos;s and its customer&apos;s own figures. <Provenance q={t.claimed} inline />
            </p>
            <HowWeGotThis q={t.claimed} />
          </article>
        ) : null}
        <article className="card" aria-labelledby="total-grid">
          <h3 id="total-grid">From {u.shortName}&apos;s grid</h3>
          <p className="big">
            <Figure q={t.gridInService} />
          </p>
          <p className="card-desc">
            grid power in service at the data centers
            {t.gridNotKnownAt.length > 0 ? ` (not counted: ${t.gridNotKnownAt.join(', ')}, whose grid supply is not known)` : ''}. That is{' '}
            <Figure q={t.gridOfUtilityAverageDay} /> of {u.shortName}&apos;s load on an average day.
          </p>
          <HowWeGotThis q={t.gridOfUtilityAverageDay} />
        </article>
      </div>
      {t.notAdded.map((n) => (
        <p className="context" key={n.site.facility.id}>
          <strong>Not added:</strong> <Link href={publicPath(n.site.facility.id)}>{n.site.facility.shortName}</Link>, permitted to make{' '}
          {n.site.power.turbinesPermittedMw ? <Figure q={n.site.power.turbinesPermittedMw} /> : 'an unknown power'}
          {n.supplies.length > 0 ? `, which powers ${n.supplies.join(' and ')}` : ''}.{' '}
          {n.site.power.turbinesPermittedMw ? <Provenance q={n.site.power.turbinesPermittedMw} inline /> : null}{' '}
          {n.supplies.length > 0 ? (
            <>
              How it supplies {n.supplies.length === 1 ? n.supplies[0] : 'them'}:{' '}
              <SourceCites ids={n.site.facility.supplies.flatMap((x) => x.sourceIds)} label="source" />
            </>
          ) : null}
        </p>
      ))}
      <p className="footnote">
        The estimates and claims come from different dates and sources; each is given with both on its facility&apos;s page. Turbines on
        site at Colossus 1 before its grid connection are not in these totals: their capacity is on its Power page.
      </p>
    </section>
  );
}

function Footprint({ model }: { model: AreaModel }) {
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
        <ResponsiveStepChart
          points={points}
          series={keys}
          yLabel="MW"
          title="Step chart of the power of xAI's data centers in the Memphis area, in MW, with MLGW's summer peak"
          heading={`xAI's Memphis-area data centers and ${u.shortName}'s summer peak, in MW`}
          more={{ sourceIds: u.summerPeakMw.sourceIds, dates: [u.summerPeakMw.asOf] }}
        />
      </figure>
      <ScrollTable id="footprint-table-caption" title={<>Data for the chart: the sums after each dated event (— where none)</>} stack>
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
  const latest = model.news[0];
  return (
    <article className="facility">
      <header className="facility-head">
        <p className="eyebrow">Memphis, Tennessee and Southaven, Mississippi</p>
        <h1>xAI in the Memphis area</h1>
        <p className="lede">
          {capitalize(inWords(model.sites.length))} sites, two states, more than a gigawatt claimed: xAI has {sitesInWords(model.sites)}.
          Here they are together, set against the homes and the utility people know, with every figure&apos;s source and date.
        </p>
        {latest ? (
          <p className="data-as-of">
            Figures checked up to the latest event in our data: <strong>{formatDate(latest.date)}</strong>.
          </p>
        ) : null}
        <p className="scenario-none">
          The what-if settings do not change this page: it adds up each site&apos;s figures as published
          {model.overview.scenarioQuery === '' ? '' : ', whatever the settings in the link'}. Each facility&apos;s page takes them.
        </p>
      </header>
      <Totals model={model} />
      <Footprint model={model} />
      <News model={model} />
      <AreaSites sites={model.sites} />
      <section className="section" aria-labelledby="map-heading">
        <h2 id="map-heading">Where the sites are</h2>
        <LocatorMap
          places={model.map.places}
          distances={model.map.distances}
          title="Map of xAI's sites in the Memphis area"
          description="County and state lines around Memphis, with Colossus 1 near Boxtown, Colossus 2 in Whitehaven at the Mississippi line, and the Southaven power plant just across it."
        />
      </section>
      <SourcesNote count={model.sourceIds.length} />
    </article>
  );
}
