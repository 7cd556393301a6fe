import type { Metadata } from 'next';

import { calculatorMetadata, CalculatorPageFor, type KeyProps } from '@/app/_sections/calculator/pages';

// /es/calculator: the calculator in Spanish (issue #25), rendered here by the proxy like ../page.tsx.
// The proxy tells the render its language from this path (lib/i18n/locales.ts, localeOfInternalPath).

export function generateMetadata(props: KeyProps): Promise<Metadata> {
  return calculatorMetadata(props, 'es');
}

export default function CalculatorPageEs({ params }: KeyProps) {
  return <CalculatorPageFor params={params} locale="es" />;
}
