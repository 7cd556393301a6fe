import type { MetadataRoute } from 'next';

import { listFacilities } from '@/lib/data/load';
import { sectionsFor } from '@/lib/pages/registry';
import { REGION_PAPERS } from '@/lib/pages/routes';
import { publicPath, siteUrl } from '@/lib/pages/site';

/** Made when the server runs, not at build: it names the site's address, which is the server's configuration. */
export const dynamic = 'force-dynamic';

/** Every public page at its canonical address (the default settings; a what-if link is a view of these). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = [
    '/',
    ...REGION_PAPERS.map((p) => `/${p}`),
    '/facilities',
    '/next',
    '/calculator',
    '/calculator/packet',
    '/es/calculator',
    '/es/calculator/packet',
    '/methodology',
    '/sources',
    ...listFacilities().flatMap((f) => sectionsFor(f.id).map((s) => publicPath(f.id, s.id))),
  ];
  return paths.map((p) => ({ url: `${base}${p}` }));
}
