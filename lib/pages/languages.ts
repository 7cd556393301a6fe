/**
 * Which pages exist in which language, for the link from each page to its counterpart, the
 * hreflang alternates in its head and the sitemap. A Spanish page's counterpart is the English page
 * at the same path without /es; an English page has one where a Spanish edition exists.
 */
import { LOCALES, type Locale, localePath, splitLocale } from '../i18n/locales';
import { matchPublicRoute } from './routes';

/** Pages with a Spanish edition that take no scenario: the calculator and its hearing packet (their settings are their own). */
const SPANISH_PAGES = new Set<string>(['/calculator', '/calculator/packet']);

/** Whether the English page at `path` has a Spanish edition. */
export function hasSpanishPage(englishPath: string): boolean {
  return SPANISH_PAGES.has(englishPath) || matchPublicRoute(localePath('es', englishPath)) !== undefined;
}

/** The page at `path` (either language) in each language it exists in; undefined when it exists in one only. */
export function languagePaths(path: string): Record<Locale, string> | undefined {
  const { path: english } = splitLocale(path);
  if (!hasSpanishPage(english)) return undefined;
  return Object.fromEntries(LOCALES.map((l) => [l, localePath(l, english)])) as Record<Locale, string>;
}

/** The hreflang alternates of a page, with `query` (its settings) on each: en, es and x-default (English). */
export function languageAlternates(path: string, query = ''): Record<string, string> | undefined {
  const paths = languagePaths(path);
  if (paths === undefined) return undefined;
  const q = query === '' ? '' : `?${query}`;
  return { en: `${paths.en}${q}`, es: `${paths.es}${q}`, 'x-default': `${paths.en}${q}` };
}
