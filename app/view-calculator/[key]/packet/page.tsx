import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PacketView } from '@/app/_sections/calculator/packet';
import { CalculatorView } from '@/app/_sections/calculator/calculator';
import { getProposal } from '@/lib/calculator/model';
import { PACKET_PATH, settingsFromKey } from '@/lib/calculator/route';
import { sitePageMeta } from '@/lib/pages/meta';

type Props = { params: Promise<{ key: string }> };

// The hearing packet, reached through the proxy like the calculator (see ../page.tsx). With no settings it
// shows the calculator's form: a packet is of a proposal.

export const metadata: Metadata = sitePageMeta(PACKET_PATH, {
  title: 'Hearing packet: a proposed data center',
  description:
    'Two printed pages on a proposed data center: homes, shares of the utility and the water, the air, every formula and source.',
});

export default async function PacketPage({ params }: Props) {
  const settings = settingsFromKey((await params).key);
  if (settings === 'invalid') notFound();
  if (settings === undefined) return <CalculatorView proposal={undefined} />;
  const proposal = getProposal(settings);
  if (proposal === undefined) notFound();
  return <PacketView proposal={proposal} />;
}
