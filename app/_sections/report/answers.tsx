/**
 * The report's answers, first: electricity (each power figure as homes for every household
 * baseline and, where the utility supplies it, as shares of the utility's load), water, and the
 * air (turbines and tons of NOx, with who says each). Where the data has no figure, the answer
 * is "not known", with the reason and its source.
 */
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import { lowerFirst } from '@/lib/pages/concerns';
import { siteInSentence } from '@/lib/pages/concerns-legal';
import type { Report } from '@/lib/pages/report';
import type { NotKnown, PowerAnswer, ReportAirAnswer, SiteLink, WaterAnswer } from '@/lib/pages/report-answers';

import { Arithmetic, Cited, Refs, whoSays } from '../../_components/paper';
import { Figure, RatioWords } from '../../_components/quantity';
import { TableBox } from '../../_components/facility-page';
import { ReportHealth } from './health';

type Props<A> = { answer: A; report: Report };

/** What the source or the site adds to a figure (what a count counts, how sure it is), in brackets after it. */
function Note({ q }: { q: Quantity }) {
  if (q.kind !== 'known' || q.note === undefined) return null;
  return <span className="input-note"> ({lowerFirst(q.note.replace(/\.$/, ''))})</span>;
}

function Unknowns({ items, order }: { items: NotKnown[]; order: string[] }) {
  return items.map((x) => (
    <p key={x.what}>
      <strong>{x.what}: not known.</strong> {x.reason} <Refs ids={x.sourceIds} order={order} />
    </p>
  ));
}

function Link({ lead, x, order }: { lead: string; x: SiteLink; order: string[] }) {
  return (
    <p>
      <strong>
        {lead} {x.name}.
      </strong>{' '}
      {x.words} <Refs ids={x.sourceIds} order={order} />
    </p>
  );
}

/** What the figures shown are, since none is a metered load: a phrase for each kind the table has. */
function notMetered(p: PowerAnswer): string {
  const has = (...keys: string[]) => p.rows.some((r) => keys.includes(r.key));
  const what = [
    ...(has('gridApproved', 'turbinesPermitted') ? ['approved or permitted power is a ceiling'] : []),
    ...(has('claimed') ? ["a claim is the company's own figure"] : []),
    ...(has('estimated') ? ['an estimate is an outside reading of imagery and equipment'] : []),
  ];
  return what.length === 0 ? 'None is a metered load.' : `None is a metered load: ${what.join('; ')}.`;
}

function PowerTable({ answer: p, report }: Props<PowerAnswer>) {
  const order = report.sourceIds;
  const u = report.overview.place.utility.shortName;
  const loads = p.utilityLoads;
  return (
    <TableBox labelledBy="r-power-caption">
      <table className="report-answer-table stack">
        <caption id="r-power-caption">
          {report.overview.facility.kind === 'power plant'
            ? 'The power its turbines may generate, and the homes that use as much electricity in a year'
            : `Each power figure, and the homes that use as much electricity in a year${loads ? `; shares of ${u}'s load` : ''}`}{' '}
          (load factor <Figure q={p.loadFactor} />)
        </caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              Figure
            </th>
            <th scope="col" rowSpan={2}>
              Power
            </th>
            <th scope="colgroup" colSpan={p.baselines.length}>
              Homes using as much electricity in a year, by the kind of home
            </th>
            {loads ? (
              <th scope="colgroup" colSpan={2}>
                Share of {u}&apos;s load
              </th>
            ) : null}
          </tr>
          <tr>
            {p.baselines.map((b) => (
              <th scope="col" key={b.id}>
                {b.label} <Refs q={b.electricity} order={order} />
              </th>
            ))}
            {loads ? (
              <>
                <th scope="col">
                  on an average day <Refs q={loads.averageLoad} order={order} />
                </th>
                <th scope="col">
                  at its summer peak <Refs q={loads.summerPeak} order={order} />
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num" data-label="Power">
                <Cited q={r.power} order={order} />
              </td>
              {r.homes.map((h, i) => (
                <td className="num" key={p.baselines[i]?.id ?? i} data-label={`Homes (${p.baselines[i]?.label})`}>
                  <Figure q={h} bare />
                </td>
              ))}
              {loads ? (
                r.shares ? (
                  <>
                    <td className="num" data-label={`Share of ${u}'s load on an average day`}>
                      <Figure q={r.shares.averageLoad} />
                    </td>
                    <td className="num" data-label={`Share of ${u}'s summer peak`}>
                      <Figure q={r.shares.summerPeak} />
                    </td>
                  </>
                ) : (
                  <td colSpan={2}>not supplied by {u}</td>
                )
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}

export function PowerAnswerPart({ answer: p, report }: Props<PowerAnswer>) {
  const order = report.sourceIds;
  const o = report.overview;
  const { facility } = o;
  const u = o.place.utility.shortName;
  const ex = p.example;
  const exIndex = Math.max(
    0,
    p.baselines.findIndex((b) => b.id === o.defaultBaseline.id),
  );
  const exHomes = ex?.homes[exIndex];
  return (
    <section aria-labelledby="r-power" className="card card-wide report-answer">
      <h3 id="r-power">Electricity</h3>
      {p.rows.length === 0 && p.unknown.length === 0 ? (
        p.notYet ? (
          <p className="report-big">
            <strong>Not known by {formatDate(p.notYet.date)}.</strong> No figure for {siteInSentence(facility)}&apos;s power had been
            published by then{p.notYet.firstOn ? `; the first came in ${formatDate(p.notYet.firstOn)}` : ''}. So nothing here is set against
            homes or {u}.
          </p>
        ) : (
          <p className="report-big">
            <strong>Not known.</strong> No source we read gives a figure for {siteInSentence(facility)}&apos;s power: not its grid supply,
            not a figure from the company, not an outside estimate. So nothing here is set against homes or {u}.
          </p>
        )
      ) : null}
      {p.rows.length > 0 ? (
        <>
          <p>
            {p.supply === 'generates' ? 'The power its turbines may generate' : 'Each figure for the power of the site'}, as the homes that
            use as much electricity in a year: a count for each kind of home. {notMetered(p)}
            {p.rows.length > 1 ? ' The figures overlap: do not add them up.' : ''}
          </p>
          <PowerTable answer={p} report={report} />
        </>
      ) : null}
      <Unknowns items={p.unknown} order={order} />
      {p.gpus ? (
        <p>
          <strong>GPUs:</strong> <Cited q={p.gpus} order={order} />
          {p.gpus.kind === 'known' ? `, according to ${whoSays(p.gpus.sourceIds)}` : ''}.
        </p>
      ) : facility.kind === 'data center' ? (
        <p>
          <strong>GPUs: not known.</strong>{' '}
          {o.scenario.date === undefined
            ? 'No source we read gives a count.'
            : `No count had been published by ${formatDate(o.scenario.date)}.`}
        </p>
      ) : null}
      {p.suppliedBy.map((x) => (
        <p key={x.facilityId}>
          <strong>Its power comes from {x.name}.</strong> {x.what} <Refs ids={x.sourceIds} order={order} /> {u} does not deliver that power,
          so {p.utilityLoads ? 'only grid power is' : 'none of the figures above is'} set against {u}&apos;s load here.
        </p>
      ))}
      {p.supplies.map((x) => (
        <p key={x.facilityId}>
          <strong>It generates for {x.name}.</strong> {x.what} <Refs ids={x.sourceIds} order={order} /> The same megawatts are that
          site&apos;s: they are counted once, there, and not set against {u}&apos;s load here.
        </p>
      ))}
      {p.countedWithin ? (
        <Link lead="Its power is partly counted inside the outside estimate for" x={p.countedWithin} order={order} />
      ) : null}
      {p.takesIn.map((x) => (
        <Link key={x.facilityId} lead="The outside estimate takes in part of" x={x} order={order} />
      ))}
      {p.utilityStated ? (
        <p>
          <strong>{u}&apos;s own estimate:</strong> the site would add about <Cited q={p.utilityStated} order={order} /> to its daily
          electric load.
        </p>
      ) : null}
      {ex && exHomes ? (
        <div className="report-how">
          <p>
            <strong>
              How we got the homes for {lowerFirst(ex.label)} ({p.baselines[exIndex]?.label})
              {ex.shares ? `, and its share of ${u}'s load on an average day` : ''}:
            </strong>
          </p>
          <Arithmetic q={exHomes} />
          {ex.shares ? <Arithmetic q={ex.shares.averageLoad} /> : null}
        </div>
      ) : null}
    </section>
  );
}

export function WaterAnswerPart({ answer: w, report }: Props<WaterAnswer>) {
  const order = report.sourceIds;
  const u = report.overview.place.utility.shortName;
  return (
    <section aria-labelledby="r-water" className="card report-answer">
      <h3 id="r-water">Water</h3>
      {w.known ? (
        <>
          <p className="report-big">
            <Cited q={w.use} order={order} range="note" />: {w.caseText}.
          </p>
          <p>
            About{' '}
            {w.households ? (
              <>
                <Figure q={w.households} /> (the {w.baseline}) or{' '}
              </>
            ) : null}
            <Figure q={w.people} /> use as much at home; it is <Figure q={w.shareOfPumping} /> of {u}&apos;s daily pumping{' '}
            <Refs q={[...(w.households ? [w.households] : []), w.people, w.shareOfPumping]} order={order} />.
          </p>
          {w.utilityStated ? (
            <p>
              <strong>{u}&apos;s own estimate:</strong> about <Cited q={w.utilityStated} order={order} /> added to its daily water use.
            </p>
          ) : null}
          {w.recycling ? (
            <p>
              <strong>{w.recycling.name}</strong> (capacity <Cited q={w.recycling.capacity} order={order} />
              ): {lowerFirst(w.recycling.status)} {w.recycling.statusNote} <Refs ids={w.recycling.sourceIds} order={order} />
            </p>
          ) : null}
        </>
      ) : (
        <p className="report-big">
          <strong>Not known.</strong> {w.reason} <Refs ids={w.sourceIds} order={order} />
        </p>
      )}
    </section>
  );
}

export function AirAnswerPart({ answer: a, report }: Props<ReportAirAnswer>) {
  const order = report.sourceIds;
  const { most, latest, permitted } = a.turbines;
  const p = a.permit;
  return (
    <section aria-labelledby="r-air" className="card card-wide report-answer">
      <h3 id="r-air">Air</h3>
      {a.inShort ? (
        <p className="report-big">
          {a.inShort.text} <span className="as-of-inline">({formatDate(a.inShort.asOf)})</span>{' '}
          <Refs ids={a.inShort.sourceIds} order={order} />
        </p>
      ) : null}
      <p>
        <strong>Gas turbines.</strong>{' '}
        {most ? (
          <>
            Counted on site: as many as <Cited q={most} order={order} />, according to {whoSays(most.sourceIds)}
            <Note q={most} />.{' '}
          </>
        ) : null}
        {latest ? (
          <>
            The latest count: <Cited q={latest} order={order} />
            {latest.kind === 'known' ? `, according to ${whoSays(latest.sourceIds)}` : ''}
            <Note q={latest} />.{' '}
          </>
        ) : null}
        {permitted ? (
          <>
            Permitted by the {p.issuedBy}: <Cited q={permitted} order={order} />
            <Note q={permitted} />.{' '}
          </>
        ) : null}
        {a.turbineMw.map((t, i) => (
          <Fragment key={t.label}>
            {i === 0 ? 'Their capacity: ' : '; '}
            {lowerFirst(t.label)}, <Cited q={t.q} order={order} />
            {i === a.turbineMw.length - 1 ? '. ' : ''}
          </Fragment>
        ))}
        The permit: {p.kind}, issued on {formatDate(p.issuedOn)}
        {p.expiresOn ? `, until ${formatDate(p.expiresOn)}` : ''} <Refs ids={p.sourceIds} order={order} />.
      </p>
      <TableBox labelledBy="r-nox-caption">
        <table className="report-answer-table report-nox stack">
          <caption id="r-nox-caption">
            Nitrogen oxides (NOx), which help form smog: the permit&apos;s cap and each estimate, with who says it
          </caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Tons a year</th>
              <th scope="col">Against the cap</th>
              <th scope="col">Who says</th>
            </tr>
          </thead>
          <tbody>
            {a.nox.map(({ figure: f, times }) => (
              <tr key={f.id}>
                <th scope="row">{f.label}</th>
                <td className="num" data-label="Tons a year">
                  <Cited q={f.tonsPerYear} order={order} range="inline" reason={false} />
                </td>
                <td data-label="Against the cap">
                  {f.kind === 'permit cap' ? 'the cap' : times ? <RatioWords q={times} of="the cap" /> : '—'}
                </td>
                <td data-label="Who says">
                  {f.estimatedBy}
                  {f.kind === 'permit cap' ? '' : ` (confidence: ${f.confidence})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {a.nox.flatMap(({ figure: f }) =>
        f.tonsPerYear.kind === 'unknown' ? (
          <p key={f.id}>
            <strong>{f.label}: not known.</strong> {f.tonsPerYear.reason}
            {a.nox.some((n) => n.figure !== f && n.figure.tonsPerYear.kind === 'known') && f.kind === 'permit cap'
              ? ' So no estimate can be set against it.'
              : ''}
          </p>
        ) : (
          []
        ),
      )}
      {a.inWords ? (
        <p>
          So the estimates run <strong>{a.inWords}</strong>. None is a measurement; each counts its own set of turbines.
        </p>
      ) : null}
      <ReportHealth health={a.health} order={order} />
    </section>
  );
}
