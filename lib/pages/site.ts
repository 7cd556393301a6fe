import { getSection, type SectionId } from './registry';

/** Where the site is served, for links that must work outside the browser (print, share). */
export function siteUrl(): string {
  return (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
}

/** The public path of a facility page (or of the front page when `facilityId` is undefined). */
export function publicPath(facilityId: string | undefined, section: SectionId = 'overview'): string {
  if (facilityId === undefined) return '/';
  const slug = getSection(section).slug;
  return `/facilities/${facilityId}${slug === '' ? '' : `/${slug}`}`;
}

export function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

export type DataFormat = 'csv' | 'json';

/** The public path of a facility's open-data file (every figure, for the scenario in its query). */
export function dataPath(facilityId: string, format: DataFormat): string {
  return `/facilities/${encodeURIComponent(facilityId)}/data.${format}`;
}
