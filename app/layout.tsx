import './globals.css';

import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { FEED_ALTERNATE_TYPES, FEED_LINKS } from '@/lib/feeds/links';
import { currency } from '@/lib/pages/currency';
import { siteUrl } from '@/lib/pages/site';
import { isLocale, type Locale, localePath } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/i18n/messages';

import { CurrencyLine } from './_components/currency';
import { PrintButton } from './_components/print-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout');
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('titleDefault'), template: t('titleTemplate') },
    description: t('description'),
    // every page names the Atom feed in its <head>, so that a browser or a feed reader finds it
    alternates: { types: FEED_ALTERNATE_TYPES },
  };
}

/**
 * Every page is rendered when first asked for, in the server that serves it, and then kept by the
 * proxy's page cache; none at build time, because every page prints the site's address (siteUrl),
 * which is the server's configuration (SITE_URL, else its port), not the build machine's.
 */
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** The header's links in each language: a Spanish page links to the Spanish pages, and to the English ones as such. */
const NAV: Record<Locale, { href: string; label: keyof Messages['layout']; wideOnly?: boolean }[]> = {
  en: [
    { href: '/facilities', label: 'facilities' },
    { href: '/next', label: 'next' },
    { href: '/calculator', label: 'calculator', wideOnly: true },
    { href: '/methodology', label: 'methodology' },
    { href: '/sources', label: 'sources' },
  ],
  es: [
    { href: '/es/handout', label: 'handout' },
    { href: '/es/calculator', label: 'calculator', wideOnly: true },
    { href: '/facilities', label: 'facilities' },
    { href: '/next', label: 'next' },
    { href: '/sources', label: 'sources' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const asked = await getLocale();
  const locale: Locale = isLocale(asked) ? asked : 'en';
  const t = await getTranslations('layout');
  const home = localePath(locale, '/');
  const calculator = localePath(locale, '/calculator');
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skip')}
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href={home} className="site-name">
              {t('siteName')}
            </Link>
            <span className="site-tagline">{t('tagline')}</span>
            {/* on a phone, the calculator's link sits on the name's line (globals.css); on a wider screen it is in the links */}
            <Link href={calculator} className="site-calculator-phone">
              {t('calculator')}
            </Link>
            <nav aria-label={t('navLabel')} className="site-nav">
              {NAV[locale].map((n) => (
                <Link key={n.href} href={n.href} className={n.wideOnly ? 'wide-only' : undefined}>
                  {t(n.label)}
                </Link>
              ))}
            </nav>
            <PrintButton label={t('print')} wide={t('printWide')} />
          </div>
        </header>
        <p className="print-only wrap">{t('printedFrom', { url: siteUrl() })}</p>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{t('about')}</p>
            <CurrencyLine c={currency()} className="site-currency" />
            <p className="site-feeds-intro">{t('feedsIntro')}</p>
            <ul className="site-feeds">
              <li>
                <a href={FEED_LINKS.atom.path} type={FEED_LINKS.atom.type}>
                  {t('atom')}
                </a>
                {t('atomWhat')}
              </li>
              <li>
                <a href={FEED_LINKS.calendar.path} type={FEED_LINKS.calendar.type}>
                  {t('calendar')}
                </a>
                {t('calendarWhat')}
              </li>
            </ul>
          </div>
        </footer>
        <script src="/print.js" defer />
      </body>
    </html>
  );
}
