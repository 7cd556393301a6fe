import type { Metadata } from 'next';

import { calculatorMetadata, CalculatorPageFor, type KeyProps } from '@/app/_sections/calculator/pages';

// The calculator, reached through the proxy, which validates the public URL's query and rewrites it
// here with the canonical settings as the key ("form" for none): each set of settings is rendered once.
// Its Spanish edition is at ./es.

export function generateMetadata(props: KeyProps): Promise<Metadata> {
  return calculatorMetadata(props, 'en');
}

export default function CalculatorPage({ params }: KeyProps) {
  return <CalculatorPageFor params={params} locale="en" />;
}
