/**
 * A facility's checked claims, grouped by who made them, in a fixed order that puts the
 * company's own claims first: a reader who comes for what xAI says finds it at the top, then
 * what the utility and officials say, then advocates, then the press and other reports.
 *
 * The grouping only orders the claims: every claim is still held to the same rule, and each
 * group's counts are computed from the verdicts. Within a group the claims run by date, oldest
 * first, so that they read as the story unfolded (150 MW in 2024, then 300 MW, then gigawatts)
 * and a claim that answers an earlier one comes after it; claims of the same date keep the
 * order of the claims file. A date given as a year or a month comes before the days within it.
 */
import type { ClaimantKind } from '../data/schemas/claims';
import { type ClaimResult, countVerdicts, type Verdict } from './ledger';

export const CLAIMANT_GROUPS = [
  {
    id: 'company',
    heading: 'What xAI and its customers say',
    who: 'xAI itself, its leaders such as Elon Musk, and the companies that rent its computing power.',
  },
  {
    id: 'officials',
    heading: 'What the utility and officials say',
    who: 'The power and water utilities, elected officials and public agencies.',
  },
  {
    id: 'advocates',
    heading: 'What advocates say',
    who: 'Environmental and community groups.',
  },
  {
    id: 'press',
    heading: 'What the press and others report',
    who: 'News reports, public records and posts on online forums.',
  },
] as const;

export type ClaimGroupId = (typeof CLAIMANT_GROUPS)[number]['id'];

/** The group of each kind of claimant; a kind added to the schema must be given a group here. */
export const GROUP_OF_KIND: Record<ClaimantKind, ClaimGroupId> = {
  company: 'company',
  utility: 'officials',
  government: 'officials',
  advocates: 'advocates',
  press: 'press',
  'public records': 'press',
  'online forum': 'press',
};

export type ClaimGroup = {
  id: ClaimGroupId;
  heading: string;
  /** Who the group takes in, in a sentence. */
  who: string;
  /** The id of the group's part of the page, for links to it. */
  anchor: string;
  results: ClaimResult[];
  counts: Record<Verdict, number>;
};

function byDate(a: ClaimResult, b: ClaimResult): number {
  const [x, y] = [a.claim.date, b.claim.date];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every group, in the fixed order, each with its claims (none, for a group no claim belongs to) and their verdicts counted. */
export function groupClaims(results: readonly ClaimResult[]): ClaimGroup[] {
  return CLAIMANT_GROUPS.map((g) => {
    // Array.prototype.sort is stable: claims of the same date keep the file's order
    const own = results.filter((r) => GROUP_OF_KIND[r.claim.claimantKind] === g.id).sort(byDate);
    return { ...g, anchor: `from-${g.id}`, results: own, counts: countVerdicts(own) };
  });
}
