import Link from 'next/link';

import { ROUNDING_TOLERANCE, VERDICTS } from '@/lib/claims/ledger';
import { formatDate, formatNumber } from '@/lib/core/format';

import { FacilityPage } from '../../_components/facility-page';
import { SourceCites } from '../../_components/sources';
import type { SectionProps } from '@/app/_sections/types';

import { ClaimEntry, VerdictTag } from './entry';

export function ClaimsPage({ model }: SectionProps<'claims'>) {
  const { overview, ledger, sourceIds } = model;
  const { facility } = overview;
  const percent = formatNumber(ROUNDING_TOLERANCE * 100);
  return (
    <FacilityPage
      overview={overview}
      section="claims"
      title="Claims checked"
      scenario={false}
      sourceIds={sourceIds}
      lede={
        <>
          Numbers about {facility.name} come from the company, the utility, advocates, public records and the press, and they do not
          always agree. Here each claim is set against the data on this site, by the same rule whoever made it, with the arithmetic shown.
        </>
      }
    >
      <section aria-labelledby="rule-heading" className="section">
        <h2 id="rule-heading">The rule</h2>
        <ul className="rule-list">
          <li>
            <VerdictTag verdict="consistent" />: the claimed figure lies within the range the data gives, give or take {percent}% because
            claims are rounded (&ldquo;about 100,000&rdquo;). For &ldquo;more than X&rdquo;, the data&apos;s range must reach X.
          </li>
          <li>
            <VerdictTag verdict="inconsistent" />: it lies outside that range, or it is in a unit that cannot describe the figure (a rate
            given as an amount, say).
          </li>
          <li>
            <VerdictTag verdict="cannot be checked" />: a figure the check needs is not known, or has no source.
          </li>
        </ul>
        <p>
          A verdict is about the figure, not the claimant&apos;s honesty: a claim can fail because it was made before the facts changed. The
          verdicts are computed from the site&apos;s data files each time the page is built; the{' '}
          <Link href="/methodology#claims">Methodology page</Link> gives the rule in full.
        </p>
      </section>

      <section aria-labelledby="ledger-heading" className="section">
        <h2 id="ledger-heading">The claims</h2>
        <p>
          {VERDICTS.map((v, i) => `${i > 0 ? (i === VERDICTS.length - 1 ? ' and ' : ', ') : ''}${ledger.counts[v]} ${v}`).join('')}, of{' '}
          {ledger.results.length} {ledger.results.length === 1 ? 'claim' : 'claims'}.
        </p>
        <ol className="claim-index">
          {ledger.results.map((r) => (
            <li key={r.claim.id}>
              <a href={`#claim-${r.claim.id}`}>{r.claim.claim}</a> <VerdictTag verdict={r.verdict} />
            </li>
          ))}
        </ol>
        {ledger.results.map((r) => (
          <ClaimEntry key={r.claim.id} r={r} />
        ))}
      </section>

      {ledger.notFigures.length > 0 ? (
        <section aria-labelledby="not-figures-heading" className="section">
          <h2 id="not-figures-heading">Claims that are not figures</h2>
          <ul>
            {ledger.notFigures.map((n) => (
              <li key={n.claim}>
                <strong>{n.claim}</strong> {`${n.claimant}, ${formatDate(n.date)}. `}
                <SourceCites ids={n.sourceIds} /> {n.coverage}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </FacilityPage>
  );
}
