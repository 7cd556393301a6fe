import type { Metadata } from 'next';

import { packetMetadata, PacketPageFor, type KeyProps } from '@/app/_sections/calculator/pages';

// The hearing packet, reached through the proxy like the calculator (see ../page.tsx); in Spanish at ../es/packet.

export const metadata: Metadata = packetMetadata('en');

export default function PacketPage({ params }: KeyProps) {
  return <PacketPageFor params={params} locale="en" />;
}
