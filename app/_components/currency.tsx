import Link from 'next/link';
import type { ReactNode } from 'react';

import { useTranslations } from 'next-intl';

import { formatDate } from '@/lib/core/format';
import type { Currency } from '@/lib/pages/currency';

import { usePageLocale } from '../_i18n/locale';

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
  const t = useTranslations('currency');
  const locale = usePageLocale();
  return (
    <p className={className}>
      {t('updated')} <strong>{formatDate(c.dataUpdated, locale)}</strong> ({compact ? t('ourLast') : t('ourLastLong')}) · {t('latest')}{' '}
      <strong>{formatDate(c.latestEvent, locale)}</strong>
      {compact ? null : t('latestLong')}
      {c.siteRecordsEnd ? (
        <>
          {' '}
          · {t('recordsEnd', { name: c.siteRecordsEnd.name })} <strong>{formatDate(c.siteRecordsEnd.date, locale)}</strong>
        </>
      ) : null}
      . {compact ? null : <Link href="/methodology#currency">{t('meaning')}</Link>}
      {children}
    </p>
  );
}
