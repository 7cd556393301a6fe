import type { Metadata } from 'next';

import { packetMetadata, PacketPageFor, type KeyProps } from '@/app/_sections/calculator/pages';

// /es/calculator/packet: the hearing packet in Spanish, rendered here by the proxy like ../../packet/page.tsx.

export const metadata: Metadata = packetMetadata('es');

export default function PacketPageEs({ params }: KeyProps) {
  return <PacketPageFor params={params} locale="es" />;
}
