/** Power page: the grid against the gas turbines on site, at each change. */
import { formatDate } from '@/lib/core/format';
import type { PowerDetail } from '@/lib/pages/power';

import { ScrollTable } from '@/app/_components/facility-page';
import { Bills } from '@/app/_sections/power/bills';
import { Figure } from '@/app/_components/quantity';

export function GridVersusOnsite({ detail }: { detail: PowerDetail }) {
  const { supply, bills, place } = detail;
  const u = place.utility;
  // only where the site has had both grid power and turbines on site (Colossus 1); elsewhere the section would be an empty table
  if (supply.length === 0) return bills ? <Bills bills={bills} utility={u.shortName} /> : null;
  return (
    <section className="section" aria-labelledby="grid-onsite-heading">
      <h2 id="grid-onsite-heading">Grid versus on-site turbines</h2>
      <p className="section-intro">
        Until the grid connection was finished, gas turbines on site supplied much of the power. Where sources give both figures, this is
        the grid&apos;s share of the power available at the site.
      </p>
      <ScrollTable id="grid-share-caption" title={<>The grid&apos;s share of the power available on site, where both figures are known</>}>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Grid in service</th>
            <th scope="col">Gas turbines</th>
            <th scope="col">Grid&apos;s share</th>
          </tr>
        </thead>
        <tbody>
          {supply.map((r) => (
            <tr key={`${r.event.date}-${r.turbineBasis}`}>
              <th scope="row">
                {formatDate(r.event.date)}
                <span className="event-desc">{r.event.title}</span>
              </th>
              <td className="num">
                <Figure q={r.grid} />
              </td>
              <td className="num">
                <Figure q={r.turbines} /> ({r.turbineBasis})
              </td>
              <td className="num">
                <Figure q={r.gridShare} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        Turbine figures are capacity reported on site or permitted, not what they generated; how much they actually ran was not published.
      </p>

      {bills ? <Bills bills={bills} utility={u.shortName} /> : null}
    </section>
  );
}
