import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { CalculatorView } from '@/app/_sections/calculator/calculator';
import { getProposal } from '@/lib/calculator/model';
import { proposalPageMeta } from '@/lib/calculator/preview';
import { CALCULATOR_PATH, settingsFromKey } from '@/lib/calculator/route';
import { sitePageMeta } from '@/lib/pages/meta';

type Props = { params: Promise<{ key: string }> };

// The calculator, reached through the proxy, which validates the public URL's query and rewrites it
// here with the canonical settings as the key ("form" for none): each set of settings is rendered once.

const FORM_META: Metadata = sitePageMeta(CALCULATOR_PATH, {
  title: 'Calculator: a proposed data center in any town',
  description:
    'How many homes, how much of the utility and the water, what the gas turbines put in the air: a proposed data center set against your state and your utility, with every formula and source.',
});

/** The form keeps the calculator's own words; a result names its proposal and shows its own preview card. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const settings = settingsFromKey((await params).key);
  const proposal = settings === undefined || settings === 'invalid' ? undefined : getProposal(settings);
  return proposal === undefined ? FORM_META : proposalPageMeta(proposal);
}

export default async function CalculatorPage({ params }: Props) {
  const settings = settingsFromKey((await params).key);
  if (settings === 'invalid') notFound();
  const proposal = settings === undefined ? undefined : getProposal(settings);
  if (settings !== undefined && proposal === undefined) notFound();
  return <CalculatorView proposal={proposal} />;
}
