import './globals.css';

import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

import { FEED_ALTERNATE_TYPES, FEED_LINKS } from '@/lib/feeds/links';
import { currency } from '@/lib/pages/currency';
import { siteUrl } from '@/lib/pages/site';

import { CurrencyLine } from './_components/currency';
import { PrintButton } from './_components/print-button';

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Data-center impact: Colossus in Memphis', template: '%s · Data-center impact' },
  description:
    "What xAI's Colossus supercomputer in South Memphis draws in power and water, set against Memphis homes and the city's utility, with every source shown.",
  // every page names the Atom feed in its <head>, so that a browser or a feed reader finds it
  alternates: { types: FEED_ALTERNATE_TYPES },
};

/**
 * Every page is rendered when first asked for, in the server that serves it, and then kept by the
 * proxy's page cache; none at build time, because every page prints the site's address (siteUrl),
 * which is the server's configuration (SITE_URL, else its port), not the build machine's.
 */
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="site-name">
              Data-center impact
            </Link>
            <span className="site-tagline">big numbers, set against the homes and utility you know</span>
            {/* on a phone, the calculator's link sits on the name's line (globals.css); on a wider screen it is in the links */}
            <Link href="/calculator" className="site-calculator-phone">
              Calculator
            </Link>
            <nav aria-label="Site" className="site-nav">
              <Link href="/facilities">Facilities</Link>
              <Link href="/next">What&apos;s next</Link>
              <Link href="/calculator" className="wide-only">
                Calculator
              </Link>
              <Link href="/methodology">Methodology</Link>
              <Link href="/sources">Sources</Link>
            </nav>
            <PrintButton />
          </div>
        </header>
        <p className="print-only wrap">
          Data-center impact · printed from {siteUrl()} · every figure&apos;s source is listed at {siteUrl()}/sources
        </p>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              An open-source civic data project. Every figure links to its source, and every figure we computed shows how. Where a source is
              missing, we say so.
            </p>
            <CurrencyLine c={currency()} className="site-currency" />
            <p className="site-feeds-intro">To hear of what changes without coming back to look:</p>
            <ul className="site-feeds">
              <li>
                <a href={FEED_LINKS.atom.path} type={FEED_LINKS.atom.type}>
                  What&apos;s new (Atom feed)
                </a>
                : each new event at the sites, with its sources. Add this link to a feed reader, an app that gathers news from the sites you
                follow.
              </li>
              <li>
                <a href={FEED_LINKS.calendar.path} type={FEED_LINKS.calendar.type}>
                  Decision dates (calendar)
                </a>
                : permit deadlines, hearings, board votes and other decisions to come. Open it, or subscribe to this link in your
                phone&apos;s or computer&apos;s calendar, and the dates appear there.
              </li>
            </ul>
          </div>
        </footer>
        <script src="/print.js" defer />
      </body>
    </html>
  );
}
