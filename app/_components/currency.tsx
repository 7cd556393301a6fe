import Link from 'next/link';

import { formatDate } from '@/lib/core/format';
import type { Currency } from '@/lib/pages/currency';

/**
 * How current the page is: "Data updated 6 Dec 2026 · latest event on record 1 Jul 2026 · records
 * for MACROHARDRR end 13 Jun 2026", each date with what it means, from the data.
 */
export function CurrencyLine({ c, className = 'data-as-of' }: { c: Currency; className?: string }) {
  return (
    <p className={className}>
      Data updated <strong>{formatDate(c.dataUpdated)}</strong> (our last change to the data) · latest event on record{' '}
      <strong>{formatDate(c.latestEvent)}</strong> (the newest dated event our sources describe)
      {c.siteRecordsEnd ? (
        <>
          {' '}
          · records for {c.siteRecordsEnd.name} end <strong>{formatDate(c.siteRecordsEnd.date)}</strong>
        </>
      ) : null}
      . <Link href="/methodology#currency">What these dates mean</Link>
    </p>
  );
}
