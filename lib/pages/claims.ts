/**
 * The claims page of a facility: its claims ledger, each claim checked against the data by the
 * same rule, grouped by who made it (the company's own first), and the figures the page shows
 * (each claim's figure and what the data says).
 */
import { type ClaimGroup, groupClaims } from '../claims/groups';
import { type ClaimsLedger, getClaims } from '../claims/ledger';
import type { Scenario } from '../scenario/scenario';
import { type FigureRow, FigureList, pageSourceIds } from './figures';
import { getOverview, type Overview } from './overview';

export type ClaimsModel = {
  overview: Overview;
  ledger: ClaimsLedger;
  /** The claims by who made them, every group in its fixed order (the page shows the groups that have claims). */
  groups: ClaimGroup[];
  /** Every figure the page shows, declared once: the claimed figure and the data's, for each claim, in the claims file's order (the downloads' order). */
  figures: FigureRow[];
  sourceIds: string[];
};

/** The claims page; undefined for a facility with no claims file. The settings change only the links it carries. */
export function getClaimsModel(facilityId: string, scenario?: Scenario): ClaimsModel | undefined {
  const overview = getOverview(facilityId, scenario);
  const ledger = getClaims(facilityId);
  if (overview === undefined || ledger === undefined) return undefined;
  const list = new FigureList();
  for (const r of ledger.results) {
    const c = r.claim;
    const verdict = { verdict: r.verdict, note: r.reason };
    list.add(`claims.${c.id}.claimed`, `Claimed by ${c.claimant}: ${c.claim}`, r.claimed, verdict);
    list.add(`claims.${c.id}.data`, `What the data says: ${c.claim}`, r.figure, verdict);
  }
  const cited = [
    ...ledger.results.flatMap((r) => [...r.claim.sourceIds, ...(r.latest?.quantity.sourceIds ?? [])]),
    ...ledger.notFigures.flatMap((n) => n.sourceIds),
  ];
  return { overview, ledger, groups: groupClaims(ledger.results), figures: list.rows, sourceIds: pageSourceIds(list.rows, cited) };
}
