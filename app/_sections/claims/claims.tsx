import Link from 'next/link';

import type { ClaimGroup } from '@/lib/claims/groups';
import { ROUNDING_TOLERANCE } from '@/lib/claims/ledger';
import { formatDate, formatNumber } from '@/lib/core/format';

import { FacilityPage } from '../../_components/facility-page';
import { SourceCites } from '../../_components/sources';
import type { SectionProps } from '@/app/_sections/types';

import { ClaimEntry, VerdictTag } from './entry';
import { ClaimsSummary, groupSentence } from './summary';

/** The claims of one group of claimants under their own heading; a list of them first when there are several. */
function ClaimGroupSection({ g }: { g: ClaimGroup }) {
  return (
    <section id={g.anchor} aria-labelledby={`${g.anchor}-heading`} className="section claim-group">
      <h2 id={`${g.anchor}-heading`}>{g.heading}</h2>
      <p className="claim-group-who">
        {g.who} {groupSentence(g)}
      </p>
      {g.results.length > 1 ? (
        <ol className="claim-index">
          {g.results.map((r) => (
            <li key={r.claim.id}>
              <a href={`#claim-${r.claim.id}`}>{r.claim.claim}</a> <VerdictTag verdict={r.verdict} />
            </li>
          ))}
        </ol>
      ) : null}
      {g.results.map((r) => (
        <ClaimEntry key={r.claim.id} r={r} />
      ))}
    </section>
  );
}

export function ClaimsPage({ model }: SectionProps<'claims'>) {
  const { overview, ledger, groups, sourceIds } = model;
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
          Numbers about {facility.name} come from the company, the utility, advocates, public records and the press, and they do not always
          agree. Here they are grouped by who made them, the company&apos;s own first, and each claim is set against the data on this site
          by the same rule whoever made it, with the arithmetic shown.
        </>
      }
    >
      <ClaimsSummary groups={groups} counts={ledger.counts} total={ledger.results.length} />

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

      {groups
        .filter((g) => g.results.length > 0)
        .map((g) => (
          <ClaimGroupSection key={g.id} g={g} />
        ))}

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
