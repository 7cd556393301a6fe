/**
 * The site's languages. English is the site's own; Spanish is the edition of what is printed and
 * shared (issue #25): the front page, each facility's page, the handouts and the calculator, under
 * /es. Numbers and dates are written with Intl for each language's U.S. locale.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The Intl locale of each language: U.S. English, and Spanish as written in the United States. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

/** The language's name in itself, for the link to the page in that language. */
export const LANGUAGE_NAME: Record<Locale, string> = { en: 'English', es: 'Español' };

/** The path prefix of each language's pages: none for English, /es for Spanish. */
export const LOCALE_PREFIX: Record<Locale, string> = { en: '', es: '/es' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A public path's language and the path without its prefix: "/es/handout" is Spanish "/handout", "/es" Spanish "/". */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const m = /^\/es(\/.*)?$/.exec(pathname);
  if (m === null) return { locale: 'en', path: pathname };
  return { locale: 'es', path: m[1] === undefined || m[1] === '/' ? '/' : m[1] };
}

/** The public path of `path` (an English path: "/", "/handout") in a language: "/es", "/es/handout". */
export function localePath(locale: Locale, path: string): string {
  const prefix = LOCALE_PREFIX[locale];
  if (prefix === '') return path;
  return path === '/' ? prefix : `${prefix}${path}`;
}

/**
 * The language of an internal render (/view/<key>/es/…, /view-calculator/<key>/es/…): its path's
 * segment after the key. The proxy tells Next's render which language it is in from this.
 */
export function localeOfInternalPath(pathname: string): Locale {
  return /^\/view(?:-calculator)?\/[^/]+\/es(?:\/|$)/.test(pathname) ? 'es' : 'en';
}

/**
 * The language of the 400 page (/scenario-error?from=…): that of the page the bad link asked for, so that
 * a reader of /es/calculator is told what is wrong in Spanish.
 */
export function localeOfErrorPage(from: string | null): Locale {
  return from === null ? DEFAULT_LOCALE : splitLocale(from.split('?')[0] ?? '/').locale;
}
