/**
 * The report after its charts: where the records disagree, what residents have raised, the dated
 * legal record, and a site's dated events where it has no power figure to chart. Each part is
 * shown only where the data has it, and says so where it has none.
 */
import { Fragment } from 'react';

import { formatDate } from '@/lib/core/format';
import { citedSourceIdsOf } from '@/lib/data/event-dating';
import { lowerFirst } from '@/lib/pages/concerns';
import { siteInSentence } from '@/lib/pages/concerns-legal';
import type { Report } from '@/lib/pages/report';
import type { Disagreement, WaterReport } from '@/lib/pages/report-records';

import { Cited, Refs } from '../../_components/paper';
import { Figure, RatioWords } from '../../_components/quantity';

type Props = { report: Report };

/** "from January 2025 to June 2025": the period of the bills, from its first month (where recorded) to its date. */
function period(from: string | undefined, to: string | undefined): string {
  if (to === undefined) return '';
  return from === undefined ? ` (${formatDate(to)})` : ` (${formatDate(from)} to ${formatDate(to)})`;
}

function Reports({ items, order }: { items: WaterReport[]; order: string[] }) {
  return items.map((r, i) => (
    <Fragment key={r.label}>
      {i > 0 ? (i === items.length - 1 ? ' to ' : ', ') : ''}
      <Cited q={r.perDay} order={order} range="inline" /> ({lowerFirst(r.label)})
    </Fragment>
  ));
}

function Item({ d, report }: { d: Disagreement; report: Report }) {
  const order = report.sourceIds;
  switch (d.kind) {
    case 'claim and estimate':
      return (
        <li>
          <strong>The company&apos;s figure and the outside estimate.</strong> {d.claimed.label}: <Cited q={d.claimed.q} order={order} />;{' '}
          {lowerFirst(d.estimated.label)}: <Cited q={d.estimated.q} order={order} />. The company&apos;s figure is{' '}
          <RatioWords q={d.gap} of="the estimate" />. Neither is a metered load, and they were made on different dates.
        </li>
      );
    case 'bills': {
      const b = d.bills;
      return (
        <li>
          <strong>Electricity bills.</strong> Bills of <Figure q={b.reported} />
          {period(d.bills.from, b.reported.asOf)} <Refs q={b.reported} order={order} /> pay for about <Figure q={b.reportedAverageMw} /> on
          average at the state&apos;s average prices, while{' '}
          {b.gridInServiceAtBillsStart ? (
            <>
              <Figure q={b.gridInServiceAtBillsStart} /> and then{' '}
            </>
          ) : null}
          {b.gridInServiceAtBills ? <Figure q={b.gridInServiceAtBills} /> : 'the grid power'} of grid power was in service; the{' '}
          <Figure q={b.expected} /> a month expected{b.expected.asOf ? ` in ${formatDate(b.expected.asOf)}` : ''}{' '}
          <Refs q={b.expected} order={order} /> would pay for about <Figure q={b.expectedAverageMw} />{' '}
          <Refs q={[b.reportedAverageMw, b.expectedAverageMw]} order={order} />. No source found explains the gap.
        </li>
      );
    }
    case 'water':
      return (
        <li>
          <strong>Water use.</strong> Expected: <Reports items={d.expected} order={order} />.{' '}
          {d.reported.length > 0 ? (
            <>
              Reported: <Reports items={d.reported} order={order} />.{' '}
            </>
          ) : null}
          {d.implied.length > 0 ? (
            <>
              Our arithmetic on the records: <Reports items={d.implied} order={order} />.{' '}
            </>
          ) : null}
          See the chart of every report above.
        </li>
      );
    case 'statement':
      return (
        <li>
          <strong>{d.statement.topic}.</strong> {d.statement.text} <span className="as-of-inline">({formatDate(d.statement.asOf)})</span>{' '}
          <Refs ids={d.statement.sourceIds} order={order} />
          {d.statement.caveat ? <span className="input-note"> {d.statement.caveat}</span> : null}
        </li>
      );
  }
}

export function Disagreements({ report }: Props) {
  const more = report.disagreementsLeftOut;
  if (report.disagreements.length === 0 && more === 0) return null;
  return (
    <section aria-labelledby="r-disagree">
      <h2 id="r-disagree">Where the records disagree</h2>
      <ul className="report-list">
        {report.disagreements.map((d, i) => (
          <Item key={i} d={d} report={report} />
        ))}
      </ul>
      {more > 0 ? (
        <p className="report-note">
          The Concerns page gives {more === 1 ? 'one more disagreement' : `${more} more disagreements`}, about figures this report does not
          show.
        </p>
      ) : null}
    </section>
  );
}

export function Raised({ report }: Props) {
  const r = report.raised;
  const order = report.sourceIds;
  const f = report.overview.facility;
  const from = report.answers.power.suppliedBy;
  return (
    <section aria-labelledby="r-raised">
      <h2 id="r-raised">What residents have raised</h2>
      {r === undefined ? (
        <p>
          Residents&apos; concerns about {siteInSentence(f)} have not yet been gathered into this site&apos;s data: it holds no air permit,
          health context or legal record for it.
          {from.map((x) => (
            <Fragment key={x.facilityId}>
              {' '}
              Its power comes from {x.name}: that site&apos;s report gives its turbines, air permit and legal record.
            </Fragment>
          ))}
        </p>
      ) : (
        <>
          <ul className="report-list">
            {r.health.map((s) => (
              <li key={s.topic}>
                <strong>{s.topic}.</strong> {s.text} <span className="as-of-inline">({formatDate(s.asOf)})</span>{' '}
                <Refs ids={s.sourceIds} order={order} />
                {s.caveat ? <span className="input-note"> {s.caveat}</span> : null}
              </li>
            ))}
          </ul>
          {r.figures.length > 0 ? (
            <ul className="report-list report-figures">
              {r.figures.map((x) => (
                <li key={x.id}>
                  {x.label}: <Cited q={x.q} order={order} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}

export function LegalRecord({ report }: Props) {
  const l = report.legal;
  if (l === undefined) return null;
  const order = report.sourceIds;
  return (
    <section aria-labelledby="r-legal">
      <h2 id="r-legal">Permits and the law, by date</h2>
      <ol className="report-list report-dated">
        {l.events.map((e) => (
          <li key={e.id}>
            <strong>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}.
            </strong>{' '}
            {e.description} <Refs ids={citedSourceIdsOf(e)} order={order} />
          </li>
        ))}
      </ol>
      {l.related.map((x) => (
        <Fragment key={x.site.id}>
          <p>
            <strong>Related, at {siteInSentence(x.site)}.</strong> {x.why}
          </p>
          <ol className="report-list report-dated">
            {x.events.map((e) => (
              <li key={e.id}>
                <strong>
                  <time dateTime={e.date}>{formatDate(e.date)}</time>, {x.site.shortName}: {e.title}.
                </strong>{' '}
                {e.description} <Refs ids={citedSourceIdsOf(e)} order={order} />
              </li>
            ))}
          </ol>
        </Fragment>
      ))}
    </section>
  );
}

export function Events({ report }: Props) {
  if (report.events.length === 0) return null;
  const order = report.sourceIds;
  return (
    <section aria-labelledby="r-events">
      <h2 id="r-events">What happened, by date</h2>
      <ol className="report-list report-dated">
        {report.events.map((e) => (
          <li key={`${e.date}-${e.title}`}>
            <strong>
              <time dateTime={e.date}>{formatDate(e.date)}</time>: {e.title}.
            </strong>{' '}
            {e.description} <Refs ids={citedSourceIdsOf(e)} order={order} />
          </li>
        ))}
      </ol>
    </section>
  );
}
