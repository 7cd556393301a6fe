/**
 * The calculator's addresses: /calculator (the form, and the result on the same route), its hearing
 * packet /calculator/packet, its preview image /calculator/preview.png and its downloads /calculator/data.csv and data.json, all with the same
 * settings. As for the facilities' pages, the proxy validates the query once and renders the canonical
 * settings at an internal address keyed by them (/view-calculator/<key>[/packet|/preview.png]), kept in the page cache.
 */
import { getStatesFile } from '../data/load';
import { type Locale, localePath, splitLocale } from '../i18n/locales';
import { calculatorQuery, type CalculatorParse, type CalculatorSettings, parseCalculator } from './settings';
import { stateCodes } from './states';

export const CALCULATOR_PATH = '/calculator';
export const PACKET_PATH = '/calculator/packet';
/** A result's preview image (Open Graph and Twitter), with the same settings: lib/calculator/preview.ts. */
export const PREVIEW_PATH = '/calculator/preview.png';
export const CALCULATOR_PAGES = { [CALCULATOR_PATH]: 'page', [PACKET_PATH]: 'packet', [PREVIEW_PATH]: 'preview' } as const;
export type CalculatorPage = (typeof CALCULATOR_PAGES)[keyof typeof CALCULATOR_PAGES];
/** The downloads of a result: /calculator/data.csv and /calculator/data.json. */
export const CALCULATOR_DOWNLOAD = /^\/calculator\/data\.(csv|json)$/;
/** The key of the empty form (no settings). */
export const FORM_KEY = 'form';
export const INTERNAL_ROOT = '/view-calculator';

export function calculatorPageAt(pathname: string): CalculatorPage | undefined {
  return pathname in CALCULATOR_PAGES ? CALCULATOR_PAGES[pathname as keyof typeof CALCULATOR_PAGES] : undefined;
}

/**
 * The calculator's page at a public path in either language: /calculator and /calculator/packet have a
 * Spanish edition at /es/calculator and /es/calculator/packet (issue #25); the preview image is one for both.
 */
export function calculatorRouteAt(pathname: string): { page: CalculatorPage; locale: Locale } | undefined {
  const { locale, path } = splitLocale(pathname);
  const page = calculatorPageAt(path);
  if (page === undefined || (locale !== 'en' && page === 'preview')) return undefined;
  return { page, locale };
}

/** The public path of a calculator page in a language: "/es/calculator/packet". */
export function calculatorPath(page: 'page' | 'packet', locale: Locale = 'en'): string {
  return localePath(locale, page === 'page' ? CALCULATOR_PATH : PACKET_PATH);
}

export function parseCalculatorParams(params: URLSearchParams): CalculatorParse {
  return parseCalculator(params, stateCodes());
}

/** The canonical query of a parse: "" for the empty form. */
export function canonicalQueryOf(result: CalculatorParse & { ok: true | 'empty' }): string {
  return result.ok === 'empty' ? '' : calculatorQuery(result.settings);
}

const INTERNAL_SUFFIX: Record<CalculatorPage, string> = { page: '', packet: '/packet', preview: '/preview.png' };

/**
 * The internal address that renders a page for its canonical query; a Spanish page's has /es after the key
 * (/view-calculator/<key>/es/packet), from which the proxy tells the render its language.
 */
export function internalPath(page: CalculatorPage, canonicalQuery: string, locale: Locale = 'en'): string {
  const key = encodeURIComponent(canonicalQuery === '' ? FORM_KEY : canonicalQuery);
  return `${INTERNAL_ROOT}/${key}${locale === 'en' ? '' : `/${locale}`}${INTERNAL_SUFFIX[page]}`;
}

/**
 * The settings of an internal key: undefined for the empty form, 'invalid' unless the key is the canonical
 * query of valid settings (so that no two cache entries hold the same view). Next hands a page its segment
 * still encoded but a route handler and generateMetadata the segment decoded once, so either is read.
 */
export function settingsFromKey(rawKey: string): CalculatorSettings | undefined | 'invalid' {
  let decoded: string | undefined;
  try {
    decoded = decodeURIComponent(rawKey);
  } catch {
    decoded = undefined;
  }
  for (const key of decoded === undefined ? [rawKey] : [decoded, rawKey]) {
    if (key === FORM_KEY) return undefined;
    const result = parseCalculatorParams(new URLSearchParams(key));
    if (result.ok === true && calculatorQuery(result.settings) === key) return result.settings;
  }
  return 'invalid';
}

/** The sources of the state table and the U.S. home: what the form cites when it shows no result. */
export function baselineSourceIds(): string[] {
  const file = getStatesFile();
  const ids = [
    ...Object.values(file.columns).flatMap((c) => c.sourceIds),
    ...file.us.electricityKwhPerMonth.sourceIds,
    ...file.us.waterGallonsPerPersonPerDay.sourceIds,
  ];
  return [...new Set(ids)];
}
