/**
 * The site's words in each language, in one file per language (messages/en.json, messages/es.json):
 * headings, explanations, verdict words, errors, and the words numbers are written with (units,
 * "million", the sources' qualifiers). Pages read them through next-intl (app/_i18n/request.ts);
 * the formatter (lib/core/format.ts) reads the number words here. A key in one language and not in
 * the other fails the unit test beside this file.
 */
import type { Unit } from '../core/units';
import type { Qualifier } from '../core/quantity';
import en from './messages/en.json';
import es from './messages/es.json';
import type { Locale } from './locales';

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, es };

type FormatWords = Omit<Messages['format'], 'large' | 'qualifiers' | 'units'> & {
  large: Record<'trillion' | 'trillionOne' | 'billion' | 'billionOne' | 'million' | 'millionOne', string>;
  qualifiers: Record<Qualifier, string>;
  units: Record<Unit, string>;
};

/** The words numbers are written with in a language. */
export function formatWords(locale: Locale): FormatWords {
  return MESSAGES[locale].format as FormatWords;
}

/** Every key path of a messages object ("format.units.MW"), for the test that both languages have the same keys. */
export function keyPaths(messages: unknown, prefix = ''): string[] {
  if (messages === null || typeof messages !== 'object') return [prefix];
  return Object.entries(messages as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
}
