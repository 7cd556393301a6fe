import type { Metadata } from 'next';

import { countByState, decisionSourceIds, decisionsFor, siteToday } from '@/lib/pages/decisions';
import { formatDate } from '@/lib/core/format';
import { currency } from '@/lib/pages/currency';

import { CurrencyLine } from '../_components/currency';
import { DecisionEntry, NextDecisionList } from '../_components/decisions';
import { SourcesNote } from '../_components/sources';

export const metadata: Metadata = {
  title: "What's next",
  description:
    "The decisions still to come about xAI's sites in the Memphis area: who decides, when, where each stands today, and how residents can take part, with sources.",
  alternates: { canonical: '/next' },
};

/** Every decision in the register, what comes next first, as it stands on the day the page is drawn. */
export default function NextPage() {
  const today = siteToday();
  const decisions = decisionsFor(today);
  const counts = countByState(decisions);
  const reported = decisions.filter((d) => !d.confirmed).length;
  const sourceIds = decisionSourceIds(decisions);
  return (
    <article className="prose next-page">
      <h1>What&apos;s next</h1>
      <p className="lede">
        {`Our register holds ${decisions.length} decisions about xAI's sites: ${counts.upcoming} with a date still ahead, ${counts.passed} whose date has passed with no outcome in our data yet, ${counts.undated} with no date set${counts.decided > 0 ? `, and ${counts.decided} decided` : ''}. Where each stands is as of ${formatDate(today)}, Memphis time.`}
      </p>
      <CurrencyLine c={currency()} />
      <NextDecisionList decisions={decisions} limit={decisions.length} />
      <p>
        {reported} of them are known only from reports we could not check against an original source; each says so, and who reports it. A
        date that passes without an outcome stays here, marked as passed, until the outcome is in our data.
      </p>
      <h2 id="each-decision">Each decision, who decides and how to take part</h2>
      {decisions.map((d) => (
        <DecisionEntry key={d.id} d={d} />
      ))}
      <SourcesNote count={sourceIds.length} />
    </article>
  );
}
