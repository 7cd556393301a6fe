/**
 * The answer first: per group of claimants that made a claim here, how many claims and how their
 * verdicts fall, with a link to each group; and, when the company made none, a sentence that says so.
 */
import type { ClaimGroup } from '@/lib/claims/groups';
import { type Verdict, VERDICTS } from '@/lib/claims/ledger';

import { ScrollTable } from '../../_components/facility-page';

const VERDICT_COLUMN: Record<Verdict, string> = {
  consistent: 'Consistent',
  inconsistent: 'Inconsistent',
  'cannot be checked': 'Cannot be checked',
};

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How the verdicts fall, in words, leaving out a verdict no claim got: "5 consistent with the data,
 * 8 inconsistent and 3 cannot be checked"; "1 cannot be checked".
 */
export function verdictWords(counts: Record<Verdict, number>): string {
  const parts = VERDICTS.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${v === 'consistent' ? 'consistent with the data' : v}`);
  if (parts.length <= 1) return parts[0] ?? 'none';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** A group's claims in a sentence: "3 claims: 2 consistent with the data and 1 inconsistent." */
export function groupSentence(g: Pick<ClaimGroup, 'results' | 'counts'>): string {
  return `${plural(g.results.length, 'claim', 'claims')}: ${verdictWords(g.counts)}.`;
}

function Counts({ n, counts }: { n: number; counts: Record<Verdict, number> }) {
  return (
    <>
      <td className="num" data-label="Claims">
        {n}
      </td>
      {VERDICTS.map((v) => (
        <td key={v} className="num" data-label={VERDICT_COLUMN[v]} data-verdict={v}>
          {counts[v]}
        </td>
      ))}
    </>
  );
}

export function ClaimsSummary({ groups, counts, total }: { groups: ClaimGroup[]; counts: Record<Verdict, number>; total: number }) {
  const company = groups.find((g) => g.id === 'company');
  return (
    <section aria-labelledby="summary-heading" className="section claims-summary">
      <h2 id="summary-heading">In short</h2>
      <p>
        {`${plural(total, 'claim', 'claims')} checked: ${verdictWords(counts)}.`}
        {company?.results.length === 0 ? ' None of them was made by xAI or its customers.' : null}
      </p>
      <ScrollTable id="summary-table-title" title="Who made the claims, the company first, and how they check out" stack>
        <thead>
          <tr>
            <th scope="col">Who made them</th>
            <th scope="col" className="num">
              Claims
            </th>
            {VERDICTS.map((v) => (
              <th key={v} scope="col" className="num">
                {VERDICT_COLUMN[v]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups
            .filter((g) => g.results.length > 0)
            .map((g) => (
              <tr key={g.id} data-group={g.id}>
                <th scope="row">
                  <a href={`#${g.anchor}`}>{g.heading}</a>
                </th>
                <Counts n={g.results.length} counts={g.counts} />
              </tr>
            ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All claims</th>
            <Counts n={total} counts={counts} />
          </tr>
        </tfoot>
      </ScrollTable>
    </section>
  );
}
