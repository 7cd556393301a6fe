import type { MetadataRoute } from 'next';

import { siteUrl } from '@/lib/pages/site';

/** Made when the server runs, not at build: it names the site's address, which is the server's configuration. */
export const dynamic = 'force-dynamic';

/** Everything public may be indexed; the internal routes the proxy renders into are duplicates of public pages, and /healthz is for operators. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/view/', '/scenario-error', '/healthz'] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
