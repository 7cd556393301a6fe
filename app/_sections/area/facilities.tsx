/** Every xAI site in the Memphis area side by side: one row per measure, one column per site, each figure with its date and source. */
import Link from 'next/link';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import type { CompareModel } from '@/lib/pages/compare';
import { publicPath } from '@/lib/pages/site';
import { type Site, sitesInWords } from '@/lib/pages/sites';

import { ScrollTable } from '../../_components/facility-page';
import { Figure, HowWeGotThis, Provenance, RangeNote } from '../../_components/quantity';
import { SourceCites, SourcesNote } from '../../_components/sources';

/** A figure in a cell: its value, then its date and sources; "—" where the site has no figure of that kind. */
function Cell({ q, why, whySourceIds = [] }: { q: Quantity | undefined; why?: string; whySourceIds?: string[] }) {
  if (q === undefined)
    return (
      <>
        <span className="value-unknown">{why ?? '—'}</span>
        {whySourceIds.length > 0 ? (
          <>
            {' '}
            <SourceCites ids={whySourceIds} />
          </>
        ) : null}
      </>
    );
  return (
    <>
      <Figure q={q} range="note" />
      {q.kind === 'unknown' ? <span className="value-unknown">: {q.reason}</span> : null}{' '}
      <span className="cell-source">
        <Provenance q={q} inline />
      </span>
    </>
  );
}

type Row = { label: string; cell: (s: Site) => ReactNode };

const ROWS: Row[] = [
  { label: 'Kind', cell: (s) => <>{s.facility.kind === 'power plant' ? 'Power plant (gas turbines)' : 'Data center'}</> },
  {
    label: 'Address',
    cell: (s) => (
      <>
        {s.facility.address}. <SourceCites ids={s.facility.addressSourceIds} />
      </>
    ),
  },
  {
    label: 'Status: latest event',
    cell: (s) => (
      <>
        {formatDate(s.latest.date)}: {s.latest.title}. <SourceCites ids={s.latest.sourceIds} />
      </>
    ),
  },
  { label: 'Grid power in service', cell: (s) => <Cell q={s.power.gridInService} /> },
  { label: 'Grid power approved', cell: (s) => <Cell q={s.power.gridApproved} /> },
  { label: 'Power the companies state', cell: (s) => <Cell q={s.power.claimed} /> },
  { label: 'Power estimated by independent analysts', cell: (s) => <Cell q={s.power.estimated} /> },
  {
    label: 'On-site generation permitted',
    cell: (s) => (
      <>
        <Cell q={s.power.turbinesPermittedCount} />
        {s.power.turbinesPermittedMw ? (
          <span className="cell-second">
            ; up to <Cell q={s.power.turbinesPermittedMw} />
          </span>
        ) : null}
      </>
    ),
  },
  { label: 'Gas turbines reported on site (latest report)', cell: (s) => <Cell q={s.power.turbinesOnSiteCount} /> },
  { label: 'Gas turbines seen or reported running', cell: (s) => <Cell q={s.power.turbinesRunningCount} /> },
  {
    label: 'Water drawn on site, a day (expected or reported)',
    cell: (s) => (
      <Cell
        q={s.water}
        why={s.facility.waterNotFound ? `not known: ${s.facility.waterNotFound.reason}` : undefined}
        whySourceIds={s.facility.waterNotFound?.sourceIds}
      />
    ),
  },
  {
    label: 'Homes with the same yearly electricity, at the figure compared',
    cell: (s) =>
      s.homes && s.headline ? (
        <>
          {s.headline.label}: <Figure q={s.headline.q} /> ≈ <Figure q={s.homes} /> (the{' '}
          {s.place.householdBaselines.find((b) => b.id === s.place.defaultHouseholdBaselineId)?.label}
          <RangeNote q={s.homes} prefix={`; range over the baselines of ${s.place.name}`} bare />)
          <HowWeGotThis q={s.homes} />
        </>
      ) : (
        <span className="value-unknown">—</span>
      ),
  },
  {
    label: "Share of the local utility's normal summer peak",
    cell: (s) =>
      s.shareOfUtilityPeak?.kind === 'known' ? (
        <>
          <Figure q={s.shareOfUtilityPeak} /> of {s.place.utility.shortName}&apos;s
        </>
      ) : s.shareOfUtilityPeak ? (
        // the usual reason is a missing peak: say that once, plainly, rather than the chain of "Needs …"
        <span className="value-unknown">
          not known: {s.place.utility.summerPeakMw.kind === 'unknown' ? s.place.utility.summerPeakMw.reason : s.shareOfUtilityPeak.reason}
        </span>
      ) : (
        <span className="value-unknown">—</span>
      ),
  },
];

export function FacilitiesPage({ model }: { model: CompareModel }) {
  const { sites } = model;
  return (
    <article className="facility">
      <header className="facility-head">
        <p className="eyebrow">Memphis, Tennessee and Southaven, Mississippi</p>
        <h1>Every xAI site, side by side</h1>
        <p className="lede">
          xAI has {sitesInWords(sites)}. For each: what it is, how much power it has or is said to have, its turbines, its water, and how it
          compares with the homes and the utility of its own place. Each figure carries its date and source; — means the site has no figure
          of that kind.
        </p>
        <p className="scenario-none">
          The what-if settings do not change this page: it shows each site&apos;s figures as published, and homes at full use all year.
        </p>
      </header>
      <section className="section" aria-labelledby="compare-heading">
        <h2 id="compare-heading">The sites</h2>
        <ScrollTable id="compare-table-caption" title={<>xAI&apos;s sites in the Memphis area, by measure</>} stack>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              {sites.map((s) => (
                <th scope="col" key={s.facility.id}>
                  <Link href={publicPath(s.facility.id)}>{s.facility.shortName}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {sites.map((s) => (
                  <td key={s.facility.id} data-label={s.facility.shortName}>
                    {r.cell(s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
        <p className="footnote">
          The Southaven plant&apos;s power is Colossus 2&apos;s: the two columns describe the same megawatts from both ends, so they are
          never added together (see the front page&apos;s totals). Homes are counted at the figure named in each cell, running all year, by
          the household baselines of the site&apos;s own place.
        </p>
      </section>
      <SourcesNote count={model.sourceIds.length} />
    </article>
  );
}
