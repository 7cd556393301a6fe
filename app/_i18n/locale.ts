/**
 * The language of the page being rendered, for server components: next-intl's, which the proxy
 * sets from the page's path (lib/i18n/locales.ts, localeOfInternalPath).
 */
import { useLocale } from 'next-intl';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/lib/i18n/locales';

export function usePageLocale(): Locale {
  const l = useLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}
