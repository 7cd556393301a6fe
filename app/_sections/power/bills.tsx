/** Power page: what the utility bills imply, where bills were found, and where the records disagree. */
import type { PowerDetail } from '@/lib/pages/power';

import { Figure, HowWeGotThis, Provenance, RangeNote } from '@/app/_components/quantity';

export function Bills({ bills, utility }: { bills: NonNullable<PowerDetail['bills']>; utility: string }) {
  const u = { shortName: utility };
  return (
    <>
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
        {bills.gridInServiceAtBills ? <Figure q={bills.gridInServiceAtBills} /> : 'not known'} when they ended (see the dated table above).
        The expected bill matches a load of that order; the reported bills pay for a few megawatts on average. These are two public records,
        not a claim and its check, and nothing we found explains the gap: the bills may cover only part of the load or of the accounts, the
        turbines may have carried most of the load, or the reported figures may be partial. xAI&apos;s tariff was not found, so the price is
        an assumption from state averages; demand charges would make the implied energy smaller still.
      </p>
    </>
  );
}
