import Link from 'next/link';

import { type ClaimResult, ROUNDING_TOLERANCE, type Verdict, VERDICTS } from '@/lib/claims/ledger';
import { formatDate, formatNumber } from '@/lib/core/format';

import { FacilityPage, ScrollTable } from '../../_components/facility-page';
import { HowWeGotThis, Provenance, RangeNote, Figure } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import type { SectionProps } from '@/app/_sections/types';

const VERDICT_TEXT: Record<Verdict, string> = {
  consistent: 'Consistent with the data',
  inconsistent: 'Inconsistent with the data',
  'cannot be checked': 'Cannot be checked',
};

const KIND_TEXT = {
  company: 'the company',
  utility: 'the utility',
  government: 'government',
  advocates: 'advocates',
  press: 'the press',
  'public records': 'public records',
  'online forum': 'an online forum',
} as const;

function VerdictTag({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict.replaceAll(' ', '-')}`}>{VERDICT_TEXT[verdict]}</span>;
}

function ClaimEntry({ r }: { r: ClaimResult }) {
  const { claim } = r;
  return (
    <article className="claim" id={`claim-${claim.id}`} aria-labelledby={`claim-${claim.id}-title`}>
      <h3 id={`claim-${claim.id}-title`}>{claim.claim}</h3>
      <p className="claim-who">
        {`${claim.claimant} (${KIND_TEXT[claim.claimantKind]}), ${formatDate(claim.date)}. `}
        <SourceCites ids={claim.sourceIds} />
      </p>
      {claim.quote ? <p className="claim-quote">{`In their words: “${claim.quote}”`}</p> : null}
      <p className="claim-verdict">
        <VerdictTag verdict={r.verdict} /> {r.reason}
      </p>
      <dl className="claim-figures">
        <dt>Claimed</dt>
        <dd>
          <Figure q={r.claimed} />
          <RangeNote q={r.claimed} lead />
          {r.claimed.derivation ? ` (${r.claimed.derivation.formula})` : null}
        </dd>
        <dt>What the data says</dt>
        <dd>
          <Figure q={r.figure} />
          <RangeNote q={r.figure} lead /> <Provenance q={r.figure} inline />
        </dd>
      </dl>
      {r.rows.length > 0 ? (
        <ScrollTable id={`claim-${claim.id}-rows`} title={<>Each figure in the data, one by one</>} stack>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Value</th>
              {r.rows.some((row) => row.verdict) ? <th scope="col">The claim against it alone</th> : null}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td className="num" data-label="Value">
                  <Figure q={row.quantity} />
                  <RangeNote q={row.quantity} lead />
                </td>
                {row.verdict ? (
                  <td data-label="The claim against it alone">
                    <VerdictTag verdict={row.verdict} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {r.figure.kind === 'known' && r.figure.derivation ? <HowWeGotThis q={r.figure} /> : null}
      {claim.note ? <p className="note">{claim.note}</p> : null}
    </article>
  );
}

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
