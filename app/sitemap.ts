import type { MetadataRoute } from 'next';

import { listFacilities } from '@/lib/data';
import { SECTIONS } from '@/lib/sections';
import { publicPath, siteUrl } from '@/lib/site';

/** Every public page at its canonical address (the default settings; a what-if link is a view of these). */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const paths = ['/', '/methodology', '/sources', ...listFacilities().flatMap((f) => SECTIONS.map((s) => publicPath(f.id, s)))];
  return paths.map((p) => ({ url: `${base}${p}` }));
}
