import type { MetadataRoute } from 'next';

import { listFacilities } from '@/lib/data/load';
import { SECTIONS } from '@/lib/pages/sections';
import { publicPath, siteUrl } from '@/lib/pages/site';

/** Every public page at its canonical address (the default settings; a what-if link is a view of these). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = ['/', '/methodology', '/sources', ...listFacilities().flatMap((f) => SECTIONS.map((s) => publicPath(f.id, s)))];
  return paths.map((p) => ({ url: `${base}${p}` }));
}
