/**
 * Titles, descriptions and canonical links of the facility pages, for every scenario, from the registry's words. Their
 * alternates replace the layout's, so they name the Atom feed again.
 */
import { dataVersion } from '../data/version';
import { FEED_ALTERNATE_TYPES } from '../feeds/links';
import { type Locale, localePath } from '../i18n/locales';
import { languageAlternates } from './languages';
import type { Overview } from './overview';
import type { SectionId } from './registry';
import { publicPath, withQuery } from './site';

/** The id of the region page's preview image (a facility's image goes by the facility's id). */
export const REGION_IMAGE_ID = 'memphis-area';

/** A facility's (or the region's) preview image, named with the data version so that it can be kept for a year. */
export function previewImagePath(id: string): string {
  return `/og/${id}.${dataVersion()}.png`;
}

/** The front page shows the featured facility's overview; its canonical URL is that facility's page. */
export function facilityPageMeta(o: Overview, section: SectionId, words: { title: string; description: string }, locale: Locale = 'en') {
  const { facility } = o;
  const path = localePath(locale, publicPath(facility.id, section));
  const canonical = withQuery(path, o.scenarioQuery);
  const languages = languageAlternates(path, o.scenarioQuery);
  const image = {
    url: previewImagePath(facility.id),
    width: 1200,
    height: 630,
    alt: `${facility.name}: grid power and water use, with sources`,
  };
  return {
    ...words,
    alternates: { canonical, types: FEED_ALTERNATE_TYPES, ...(languages ? { languages } : {}) },
    openGraph: { ...words, url: canonical, type: 'article' as const, siteName: 'Data-center impact', images: [image] },
    twitter: { card: 'summary_large_image' as const, ...words, images: [image] },
  };
}

/**
 * Titles, descriptions and the canonical link of a page of the whole area (the front page, the
 * facilities page). The what-if settings do not change these pages, so the canonical link has none.
 */
export function sitePageMeta(path: string, words: { title: string; description: string }, imageId?: string) {
  const canonical = path;
  const images = imageId === undefined ? [] : [{ url: previewImagePath(imageId), width: 1200, height: 630, alt: words.title }];
  const languages = languageAlternates(path);
  return {
    ...words,
    alternates: { canonical, types: FEED_ALTERNATE_TYPES, ...(languages ? { languages } : {}) },
    openGraph: { ...words, url: canonical, type: 'website' as const, siteName: 'Data-center impact', ...(images.length ? { images } : {}) },
    twitter: {
      card: images.length ? ('summary_large_image' as const) : ('summary' as const),
      ...words,
      ...(images.length ? { images } : {}),
    },
  };
}
