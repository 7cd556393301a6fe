import Link from 'next/link';
import type { ReactNode } from 'react';

import { formatDate } from '@/lib/core/format';
import type { Currency } from '@/lib/pages/currency';

/**
 * How current the page is: "Data updated 6 Dec 2026 · latest event on record 1 Jul 2026 · records
 * for MACROHARDRR end 13 Jun 2026", each date with what it means, from the data. `compact`, for
 * paper: the dates with the fewest words, and `children` after them in the same paragraph.
 */
export function CurrencyLine({
  c,
  className = 'data-as-of',
  compact = false,
  children,
}: {
  c: Currency;
  className?: string;
  compact?: boolean;
  children?: ReactNode;
}) {
  return (
    <p className={className}>
      Data updated <strong>{formatDate(c.dataUpdated)}</strong> ({compact ? 'our last change' : 'our last change to the data'}) · latest
      event on record <strong>{formatDate(c.latestEvent)}</strong>
      {compact ? null : ' (the newest dated event our sources describe)'}
      {c.siteRecordsEnd ? (
        <>
          {' '}
          · records for {c.siteRecordsEnd.name} end <strong>{formatDate(c.siteRecordsEnd.date)}</strong>
        </>
      ) : null}
      .{' '}
      {compact ? null : <Link href="/methodology#currency">What these dates mean</Link>}
      {children}
    </p>
  );
}
