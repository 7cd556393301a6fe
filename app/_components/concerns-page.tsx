import type { ReactNode } from 'react';

import type { BarRow } from '@/app/_components/charts/bar-range-chart';
import { type ConcernsDetail, describeNox, type EmissionFigure, isRange } from '@/lib/pages/concerns';
import { formatDate, formatRange } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import type { QUALIFIERS, SourcedStatement } from '@/lib/data/schemas';

import { ResponsiveBarChart } from './charts/responsive';
import { FacilityPage, ScrollTable } from './facility-page';
import { AsOf, Comparison, HowWeGotThis, Provenance, RangeNote, styleFor, Value } from './quantity';
import { SourceCites } from './sources';

type Qualifier = (typeof QUALIFIERS)[number];

/** A sourced figure as the source words it: "more than 90%", "1,200–2,000 tons a year". */
function Figure({ q, qualifier }: { q: Quantity; qualifier?: Qualifier | undefined }) {
  return (
    <>
      {qualifier ? `${qualifier} ` : null}
      {isRange(q) ? (
        <data value={q.value} className="value">
          {formatRange(q, styleFor(q))}
        </data>
      ) : (
        <Value q={q} />
      )}
    </>
  );
}

function Fact({ label, q, qualifier, children }: { label: string; q: Quantity; qualifier?: Qualifier | undefined; children?: ReactNode }) {
  return (
    <li>
      <strong>{label}:</strong> <Figure q={q} qualifier={qualifier} />
      {children}
      {q.kind === 'known' && q.note ? <span className="input-note"> {q.note}</span> : null} <Provenance q={q} inline />
    </li>
  );
}

function Statement({ s }: { s: SourcedStatement }) {
  return (
    <li>
      <strong>{s.topic}.</strong> {s.text} <span className="as-of">As of {formatDate(s.asOf)}</span> · <SourceCites ids={s.sourceIds} />
      {s.caveat ? <span className="input-note"> Caveat: {s.caveat}</span> : null}
    </li>
  );
}

const TONE: Record<EmissionFigure['kind'], BarRow['tone']> = { 'permit cap': 'reference', estimate: 'estimate', 'what-if': 'claim' };

function noxBars(figures: EmissionFigure[]): BarRow[] {
  return figures.flatMap((e) => {
    const q = e.tonsPerYear;
    if (q.kind !== 'known') return [];
    const text = `${e.qualifier ? `${e.qualifier} ` : ''}${formatRange(q)} (${formatDate(q.asOf)})`;
    return [{ label: e.label, value: q.value, low: q.low, high: q.high, text, tone: TONE[e.kind] }];
  });
}

/** "35 turbines, 421 MW"; "—" when nothing was reported yet; "not known" once, with why, when a report left it open. */
function Turbine({ count, mw }: { count: Quantity | undefined; mw: Quantity | undefined }) {
  if (count === undefined && mw === undefined) return <>—</>;
  if (count?.kind === 'unknown') return <span className="value-unknown">not known*</span>;
  return (
    <>
      {count ? <Value q={count} /> : null}
      {count && mw ? ', ' : null}
      {mw && mw.kind === 'known' ? <Value q={mw} /> : null}
    </>
  );
}

function Turbines({ detail }: { detail: ConcernsDetail }) {
  const { permit } = detail.concerns;
  return (
    <section className="section" aria-labelledby="turbines-heading">
      <h2 id="turbines-heading">The gas turbines on site</h2>
      <p className="section-intro">
        Before and while the grid connection was built, xAI ran gas turbines at the site, at first without an air permit. The{' '}
        {permit.issuedBy} later permitted some of them. Each row is a report; a figure carries forward until a later report changes it.
      </p>
      {detail.turbines.length === 0 ? (
        <p className="value-unknown">No turbines were reported on site by the date these settings show.</p>
      ) : (
        <ScrollTable id="turbines-table-caption" title={<>Gas turbines reported running and permitted, by date</>} stack>
          <thead>
            <tr>
              <th scope="col">Date and report</th>
              <th scope="col">Reported running</th>
              <th scope="col">Permitted</th>
            </tr>
          </thead>
          <tbody>
            {detail.turbines.map((r) => (
              <tr key={r.event.date}>
                <th scope="row">
                  {formatDate(r.event.date)}: {r.event.title}
                  <span className="event-desc">
                    <SourceCites ids={r.event.sourceIds} />
                  </span>
                </th>
                <td className="num" data-label="Reported running">
                  <Turbine count={r.reportedCount} mw={r.reportedMw} />
                </td>
                <td className="num" data-label="Permitted">
                  <Turbine count={r.permittedCount} mw={r.permittedMw} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p className="footnote">
        — : no figure reported by that date. &ldquo;Reported running&rdquo; counts what was seen or said to be on site, not what ran at
        every hour.
      </p>
      {[
        ...new Set(
          detail.turbines.flatMap((r) => [r.reportedCount, r.permittedCount].flatMap((q) => (q?.kind === 'unknown' ? [q.reason] : []))),
        ),
      ].map((reason) => (
        <p className="footnote" key={reason}>{`* Not known: ${reason}`}</p>
      ))}
    </section>
  );
}

function Permit({ detail }: { detail: ConcernsDetail }) {
  const p = detail.concerns.permit;
  return (
    <section className="section" aria-labelledby="permit-heading">
      <h2 id="permit-heading">What the air permit allows</h2>
      <p className="section-intro">
        On {formatDate(p.issuedOn)} the {p.issuedBy} issued an {p.kind} for <Value q={p.units} />, valid until {formatDate(p.expiresOn)}. It
        caps what they may emit together in a year, in tons of 2,000 lb. <SourceCites ids={p.sourceIds} />
      </p>
      <ScrollTable id="permit-table-caption" title={<>The permit&apos;s yearly emission caps</>}>
        <thead>
          <tr>
            <th scope="col">Pollutant</th>
            <th scope="col">Cap, tons a year</th>
          </tr>
        </thead>
        <tbody>
          {p.limits.map((l) => (
            <tr key={l.pollutant}>
              <th scope="row">{l.pollutant}</th>
              <td className="num">
                <Figure q={l.tonsPerYear} qualifier={l.qualifier} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}

function EstimatesTable({
  id,
  title,
  figures,
  times,
}: {
  id: string;
  title: ReactNode;
  figures: EmissionFigure[];
  times?: ConcernsDetail['noxAgainstCap'];
}) {
  return (
    <ScrollTable id={id} title={title} stack>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Who gave it, and on what basis</th>
          <th scope="col">Tons a year</th>
          {times ? <th scope="col">Times the permit cap</th> : null}
        </tr>
      </thead>
      <tbody>
        {figures.map((e) => {
          const t = times?.find((x) => x.figure === e);
          return (
            <tr key={e.id}>
              <th scope="row">
                {e.label}
                <span className="event-desc">
                  <AsOf q={e.tonsPerYear} /> · <SourceCites ids={e.tonsPerYear.sourceIds} />
                </span>
              </th>
              <td data-label="Who, and on what basis">
                {e.estimatedBy}: {e.basis}.
                {e.confidence === 'low' ? <strong> Weak source: see its note in the list of sources.</strong> : null}
              </td>
              <td className="num" data-label="Tons a year">
                <Figure q={e.tonsPerYear} qualifier={e.qualifier} />
              </td>
              {times ? (
                <td className="num" data-label="Times the permit cap">
                  {t ? (
                    <>
                      <Figure q={t.times} />
                      <HowWeGotThis q={t.times} />
                    </>
                  ) : (
                    'the cap'
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

function Emissions({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="nox-heading">
      <h2 id="nox-heading">Nitrogen oxides: the cap and the estimates</h2>
      <p className="section-intro">
        Nitrogen oxides (NOx) help form ground-level ozone (smog). No measured total for the site was found. What exists is the
        permit&apos;s cap and estimates by advocates, for different numbers of turbines, with and without controls; they are shown side by
        side, each with who made it.
      </p>
      <figure className="chart-figure" aria-labelledby="nox-chart-caption">
        <figcaption id="nox-chart-caption">
          <strong>NOx from the turbines: the permit cap and the estimates</strong> (tons a year; grey: the permit&apos;s cap; red: an
          estimate of what the turbines emitted; brown: what they would emit with controls; a bar runs to the lowest figure a source gives,
          its whisker to the highest)
        </figcaption>
        <ResponsiveBarChart title="Bar chart of the NOx figures for the turbines, in tons a year" rows={noxBars(detail.nox)} />
        <p className="chart-summary">{describeNox(detail)}</p>
      </figure>
      <EstimatesTable
        id="nox-table-caption"
        title={<>Every NOx figure, who gave it, and how it compares with the permit&apos;s cap</>}
        figures={detail.nox}
        times={detail.noxAgainstCap}
      />
      <p className="footnote">
        The multiples compare unlike things on purpose, to show the size of the gap: the cap is for 15 turbines with controls, the largest
        estimates for up to 35 without.
      </p>
      <h3>Formaldehyde</h3>
      <EstimatesTable
        id="formaldehyde-table-caption"
        title={<>Formaldehyde, one of the hazardous air pollutants: the cap and the estimate</>}
        figures={detail.formaldehyde}
      />
    </section>
  );
}

function GridComparison({ detail }: { detail: ConcernsDetail }) {
  const g = detail.grid;
  return (
    <section className="section" aria-labelledby="grid-co2-heading">
      <h2 id="grid-co2-heading">The same energy from the grid: carbon dioxide</h2>
      <p className="section-intro">
        Power from the grid is not free of emissions either; they happen at power plants elsewhere. For the facility&apos;s{' '}
        {g.powerLabel.toLowerCase()} (<Value q={g.power} />) at a load factor of {detail.overview.scenario.loadFactor}, a year&apos;s
        electricity is:
      </p>
      <ul className="comparisons">
        <Comparison q={g.energy}>of electricity</Comparison>
      </ul>
      <p>Two published rates turn that into carbon dioxide. They measure different things, so they are shown side by side, not averaged:</p>
      <ScrollTable
        id="grid-table-caption"
        title={<>Carbon dioxide of a year&apos;s grid electricity for the facility, by each rate</>}
        stack
      >
        <thead>
          <tr>
            <th scope="col">Rate, and what it counts</th>
            <th scope="col">Pounds per MWh</th>
            <th scope="col">Tons a year (2,000 lb)</th>
            <th scope="col">Metric tonnes a year</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <tr key={r.factor.id}>
              <th scope="row">
                {r.factor.label} ({r.factor.gas})
                <span className="event-desc">
                  {r.factor.basis}. <AsOf q={r.factor.lbPerMwh} /> · <SourceCites ids={r.factor.lbPerMwh.sourceIds} />
                </span>
                <span className="event-desc">
                  <HowWeGotThis q={r.tons} />
                </span>
              </th>
              <td className="num" data-label="Pounds per MWh">
                <Value q={r.factor.lbPerMwh} />
              </td>
              <td className="num" data-label="Tons a year">
                <Value q={r.tons} /> <RangeNote q={r.tons} />
              </td>
              <td className="num" data-label="Metric tonnes a year">
                <Value q={r.tonnes} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        This is the grid&apos;s carbon dioxide for the energy, not the turbines&apos; own: no measured CO2 figure for the turbines was
        found. Change the load factor or the date in the settings to see the figure move.
      </p>
    </section>
  );
}

function Disagreements({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="disagree-heading">
      <h2 id="disagree-heading">Where the records disagree</h2>
      <ul className="facts">
        {detail.concerns.disagreements.map((d) => (
          <Statement key={d.topic} s={d} />
        ))}
      </ul>
    </section>
  );
}

function Neighbourhood({ detail }: { detail: ConcernsDetail }) {
  const n = detail.concerns.neighbourhood;
  return (
    <section className="section" aria-labelledby="neighbourhood-heading">
      <h2 id="neighbourhood-heading">The neighbourhood: {n.name}</h2>
      <ul className="facts">
        <Fact label={`Distance from the site to ${n.name}`} q={n.distanceMiles.figure} qualifier={n.distanceMiles.qualifier} />
        <Fact label={`Black residents, ZIP ${n.zip}`} q={n.blackShare.figure} qualifier={n.blackShare.qualifier} />
        <Fact
          label={`Median household income, ZIP ${n.zip}`}
          q={n.medianHouseholdIncomeUsd.figure}
          qualifier={n.medianHouseholdIncomeUsd.qualifier}
        />
        <Fact label="Industrial polluters nearby" q={n.toxicReleaseFacilities.figure} qualifier={n.toxicReleaseFacilities.qualifier} />
        {n.nearbySources.map((s) => (
          <li key={s.name}>
            <strong>{s.name}:</strong> {s.what}. <SourceCites ids={s.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Health({ detail }: { detail: ConcernsDetail }) {
  const h = detail.concerns.health;
  const r = h.airToxicsCancerRisk;
  return (
    <section className="section" aria-labelledby="health-heading">
      <h2 id="health-heading">Health context</h2>
      <p className="section-intro">
        What is known about the air and health of the area before and around the turbines. None of it measures the turbines&apos; own
        effect, except the modelling below, which depends on xAI&apos;s reported emissions.
      </p>
      <ul className="facts">
        {h.statements.map((s) => (
          <Statement key={s.topic} s={s} />
        ))}
        <Fact
          label="Modelled rise in particle pollution from the turbines"
          q={h.modelledParticleIncrease.figure}
          qualifier={h.modelledParticleIncrease.qualifier}
        />
      </ul>
      <h3>Cancer risk from air toxics, an old study</h3>
      <p>From {r.study}: the modelled lifetime cancer risk from all air toxics, per million people.</p>
      <ul className="facts">
        <Fact label="Memphis" q={r.place} />
        <Fact label="Tennessee" q={r.state} />
        <Fact label="United States" q={r.nation} />
      </ul>
      <h3>What we leave out</h3>
      <ul className="facts">
        {h.leftOut.map((l) => (
          <li key={l.claim}>
            <strong>The claim {l.claim}.</strong> {l.why} <SourceCites ids={l.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function EnergyBurden({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="burden-heading">
      <h2 id="burden-heading">Energy burden</h2>
      <p className="section-intro">
        Energy burden is the share of a household&apos;s income spent on electricity and gas bills; above about 6% is usually called high.
        Two studies, eight years apart, with different methods (one gives averages, the other medians):
      </p>
      <ScrollTable
        id="burden-table-caption"
        title={<>Energy burden in {detail.place.name}: share of income spent on energy, and households with a high burden</>}
        stack
      >
        <thead>
          <tr>
            <th scope="col">Households</th>
            <th scope="col">Study, and what it measures</th>
            <th scope="col">Figure</th>
          </tr>
        </thead>
        <tbody>
          {detail.concerns.energyBurden.map((b) => (
            <tr key={`${b.study}-${b.label}`}>
              <th scope="row">
                {b.label} ({b.scope})
                <span className="event-desc">
                  <AsOf q={b.share} /> · <SourceCites ids={b.share.sourceIds} />
                </span>
              </th>
              <td data-label="Study, and what it measures">
                {b.study}: {b.measure}
              </td>
              <td className="num" data-label="Figure">
                <Figure q={b.share} qualifier={b.qualifier} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        These describe bills before any change the facility may bring; how a large new customer affects other customers&apos; rates was not
        found in the sources.
      </p>
    </section>
  );
}

function Legal({ detail }: { detail: ConcernsDetail }) {
  return (
    <section className="section" aria-labelledby="legal-heading">
      <h2 id="legal-heading">Permits and the law, by date</h2>
      <ol className="facts">
        {detail.concerns.legalTimeline.map((e) => (
          <li key={`${e.date}-${e.title}`}>
            <strong>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}.
            </strong>{' '}
            {e.description} <SourceCites ids={e.sourceIds} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ConcernsPage({ detail }: { detail: ConcernsDetail }) {
  const { place, concerns } = detail;
  return (
    <FacilityPage
      overview={detail.overview}
      section="concerns"
      title="Concerns"
      lede={
        <>
          What residents of {concerns.neighbourhood.name} and South {place.name} have raised: the gas turbines and what they emit, the
          grid&apos;s carbon dioxide for the same energy, the neighbourhood&apos;s air and health, the cost of energy, and the legal record.
          Every figure has its date and source; where a source is weak, we say so.
        </>
      }
      sourceIds={detail.sourceIds}
    >
      <Turbines detail={detail} />
      <Permit detail={detail} />
      <Emissions detail={detail} />
      <GridComparison detail={detail} />
      <Disagreements detail={detail} />
      <Neighbourhood detail={detail} />
      <Health detail={detail} />
      <EnergyBurden detail={detail} />
      <Legal detail={detail} />
    </FacilityPage>
  );
}
