/** Concerns page: the gas turbines on site, reported and permitted, by date. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';

import { ScrollTable } from '@/app/_components/facility-page';
import { Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

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
