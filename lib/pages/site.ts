import { getSection, type SectionId } from './registry';

/**
 * Where the site is served, for links that must work outside the browser (print, share, QR codes,
 * the sitemap): SITE_URL when it is set; else this machine at the port readers reach it on
 * (PUBLIC_PORT, which the production stack sets to nginx's port, else PORT, else 3000). Never the
 * request's Host header: a cached page would carry whatever one client sent.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const configured = env.SITE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  return `http://localhost:${env.PUBLIC_PORT || env.PORT || '3000'}`;
}

/** What is wrong with SITE_URL, in words, or undefined when it is unset or a valid http(s) address. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  try {
    const u = new URL(value.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return `SITE_URL must start with http:// or https:// (got "${value}")`;
    if (u.search !== '' || u.hash !== '') return `SITE_URL must be an address without a query or fragment (got "${value}")`;
    return undefined;
  } catch {
    return `SITE_URL is not an address (got "${value}"); set it to the site's public address, e.g. https://example.org`;
  }
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
