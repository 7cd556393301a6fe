/** One checked claim: who made it and when, its verdict and why, the two figures, and the arithmetic. */
import { type ClaimResult, type Verdict } from '@/lib/claims/ledger';
import { formatDate } from '@/lib/core/format';

import { ScrollTable } from '../../_components/facility-page';
import { HowWeGotThis, Provenance, RangeNote, Figure } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

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

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict verdict-${verdict.replaceAll(' ', '-')}`}>{VERDICT_TEXT[verdict]}</span>;
}

export function ClaimEntry({ r }: { r: ClaimResult }) {
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
      {r.latest ? (
        <p className="claim-latest">
          <strong>Since then:</strong> {r.latest.text} <SourceCites ids={r.latest.quantity.sourceIds} />
        </p>
      ) : null}
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
