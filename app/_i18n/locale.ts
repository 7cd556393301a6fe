/**
 * The language of the page being rendered, for server components: next-intl's, which the proxy
 * sets from the page's path (lib/i18n/locales.ts, localeOfInternalPath).
 */
import { useLocale } from 'next-intl';
import { getLocale } from 'next-intl/server';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';

export function usePageLocale(): Locale {
  const l = useLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}

/** The same, for an async server component. */
export async function pageLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}
