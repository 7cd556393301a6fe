/**
 * next-intl's configuration for each render: its language (the proxy names it in the request's
 * X-NEXT-INTL-LOCALE header, from the page's path; English when none), that language's messages
 * (lib/i18n/messages), and the site's one time zone, Memphis's.
 */
import { getRequestConfig } from 'next-intl/server';

import { DEFAULT_LOCALE, isLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export default getRequestConfig(async ({ requestLocale }) => {
  const asked = await requestLocale;
  const locale = isLocale(asked) ? asked : DEFAULT_LOCALE;
  return { locale, messages: MESSAGES[locale], timeZone: 'America/Chicago' };
});
