import type { MetadataRoute } from 'next';

import { listFacilities } from '@/lib/data/load';
import { languagePaths } from '@/lib/pages/languages';
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
  // each page with a Spanish edition is listed in both languages, each naming the other (hreflang)
  return paths.flatMap((p) => {
    const both = languagePaths(p);
    if (both === undefined) return [{ url: `${base}${p}` }];
    const languages = { en: `${base}${both.en}`, es: `${base}${both.es}` };
    return [both.en, both.es].map((q) => ({ url: `${base}${q}`, alternates: { languages } }));
  });
}
