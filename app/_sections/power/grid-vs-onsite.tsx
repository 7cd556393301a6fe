/** Power page: the grid against the gas turbines on site, at each change. */
import { formatDate } from '@/lib/core/format';
import type { PowerDetail } from '@/lib/pages/power';

import { ScrollTable } from '@/app/_components/facility-page';
import { HowWeGotThis, Provenance, RangeNote, Figure } from '@/app/_components/quantity';

export function GridVersusOnsite({ detail }: { detail: PowerDetail }) {
  const { supply, bills, place } = detail;
  const u = place.utility;
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

      <h3 id="bills-heading">What the utility bills imply</h3>
      <p>
        In 2024 {u.shortName}&apos;s president expected xAI to pay about <Figure q={bills.expected} /> (
        <Provenance q={bills.expected} inline />
        ). Bills obtained through public records show <Figure q={bills.reported} /> <RangeNote q={bills.reported} /> for electricity in
        early 2025 (<Provenance q={bills.reported} inline />
        ).
      </p>
      <div className="cards">
        <article className="card" aria-labelledby="bills-reported">
          <h3 id="bills-reported">What the reported bills pay for</h3>
          <p className="big">
            ≈ <Figure q={bills.reportedAverageMw} />
          </p>
          <p className="card-desc">
            on average <RangeNote q={bills.reportedAverageMw} />, at state-average prices of <Figure q={bills.price} />{' '}
            <RangeNote q={bills.price} />
          </p>
          <HowWeGotThis q={bills.reportedAverageMw} />
        </article>
        <article className="card" aria-labelledby="bills-expected">
          <h3 id="bills-expected">What the expected bill would pay for</h3>
          <p className="big">
            ≈ <Figure q={bills.expectedAverageMw} />
          </p>
          <p className="card-desc">
            on average <RangeNote q={bills.expectedAverageMw} />, at the same prices
          </p>
          <HowWeGotThis q={bills.expectedAverageMw} />
        </article>
      </div>
      <p>
        <strong>Where the records disagree:</strong> the grid power in service while those bills ran was{' '}
        {bills.gridInServiceAtBillsStart ? (
          <>
            <Figure q={bills.gridInServiceAtBillsStart} /> when they began and{' '}
          </>
        ) : null}
        {bills.gridInServiceAtBills ? <Figure q={bills.gridInServiceAtBills} /> : 'not known'} when they ended (see the dated table
        above). The expected bill matches a load of that order; the reported bills pay for a few megawatts on average. These are two
        public records, not a claim and its check, and nothing we found explains the gap: the bills may cover only part of the load or
        of the accounts, the turbines may have carried most of the load, or the reported figures may be partial. xAI&apos;s tariff was
        not found, so the price is an assumption from state averages; demand charges would make the implied energy smaller still.
      </p>
    </section>
  );
}
