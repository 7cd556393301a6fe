/** Concerns page: the gas turbines on site, reported and permitted, by date. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { headingOf } from '@/lib/pages/concerns-top';
import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';

import { ScrollTable } from '@/app/_components/facility-page';
import { Figure } from '@/app/_components/quantity';
import { EventCites } from '@/app/_components/sources';

/** "35 turbines, 421 MW"; "—" when nothing was reported yet; "not known" once, with why, when a report left it open. */
function Turbine({ count, mw }: { count: Quantity | undefined; mw: Quantity | undefined }) {
  if (count === undefined && mw === undefined) return <>—</>;
  if (count?.kind === 'unknown') return <span className="value-unknown">not known*</span>;
  return (
    <>
      {count ? <Figure q={count} /> : null}
      {count && mw ? ', ' : null}
      {mw && mw.kind === 'known' ? <Figure q={mw} /> : null}
    </>
  );
}

export function Turbines({ detail }: { detail: ConcernsDetail }) {
  const heading = headingOf(detail.contents, 'turbines');
  const { permit } = detail.concerns;
  // where reports give turbines on site and turbines running apart, the table shows both
  const running = detail.turbines.some((r) => r.runningCount !== undefined);
  const onSite = running ? 'Counted on site' : 'Reported running';
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        {detail.facility.kind === 'power plant'
          ? 'xAI has run gas turbines at the plant, at first without an air permit, while the state considered a permanent plant. The '
          : 'Before and while the grid connection was built, xAI ran gas turbines at the site, at first without an air permit. The '}
        {permit.issuedBy} later permitted {detail.facility.kind === 'power plant' ? 'a permanent plant' : 'some of them'}. Each row is a
        report; a figure carries forward until a later report changes it.
      </p>
      {detail.turbines.length === 0 ? (
        <p className="value-unknown">No turbines were reported on site by the date these settings show.</p>
      ) : (
        <ScrollTable id="turbines-table-caption" title={<>Gas turbines reported running and permitted, by date</>} stack>
          <thead>
            <tr>
              <th scope="col">Date and report</th>
              <th scope="col">{onSite}</th>
              {running ? <th scope="col">Seen or reported running</th> : null}
              <th scope="col">Permitted</th>
            </tr>
          </thead>
          <tbody>
            {detail.turbines.map((r) => (
              <tr key={r.event.date}>
                <th scope="row">
                  {formatDate(r.event.date)}: {r.event.title}
                  <span className="event-desc">
                    <EventCites event={r.event} />
                  </span>
                </th>
                <td className="num" data-label={onSite}>
                  <Turbine count={r.reportedCount} mw={r.reportedMw} />
                </td>
                {running ? (
                  <td className="num" data-label="Seen or reported running">
                    <Turbine count={r.runningCount} mw={undefined} />
                  </td>
                ) : null}
                <td className="num" data-label="Permitted">
                  <Turbine count={r.permittedCount} mw={r.permittedMw} />
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p className="footnote">
        — : no figure reported by that date.{' '}
        {running
          ? 'The counts on site are of different kinds (all turbines seen there, or the state’s count of temporary ones); each row says which. Turbines running were seen or reported running at one time, not at every hour.'
          : '“Reported running” counts what was seen or said to be on site, not what ran at every hour.'}
      </p>
      {[
        ...new Set(
          detail.turbines.flatMap((r) =>
            [r.reportedCount, r.runningCount, r.permittedCount].flatMap((q) => (q?.kind === 'unknown' ? [q.reason] : [])),
          ),
        ),
      ].map((reason) => (
        <p className="footnote" key={reason}>{`* Not known: ${reason}`}</p>
      ))}
    </section>
  );
}
