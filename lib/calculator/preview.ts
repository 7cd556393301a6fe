/**
 * What a shared calculator result says of itself: its title, description and preview card (Open Graph and
 * Twitter), computed from the proposal. The preview image, /calculator/preview.png, takes the same canonical
 * settings as /calculator; the proxy validates it the same way (400 naming each bad setting, 308 to the
 * canonical query) and keeps each image in the page cache.
 */
import { formatDate, formatQuantity, formatRange, withoutUnitWord } from '../core/format';
import type { KnownQuantity } from '../core/quantity';
import { FEED_ALTERNATE_TYPES } from '../feeds/links';
import { type Locale, localePath } from '../i18n/locales';
import { MESSAGES } from '../i18n/messages';
import { languageAlternates } from '../pages/languages';
import { CALCULATOR_PATH, PREVIEW_PATH } from './route';
import type { Proposal } from './model';
import { calculatorQuery } from './settings';

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

/** The result's address and its preview image's, both with the proposal's canonical settings. */
export function proposalUrls(p: Proposal): { canonical: string; image: string } {
  const query = calculatorQuery(p.settings);
  return { canonical: withQuery(CALCULATOR_PATH, query), image: withQuery(PREVIEW_PATH, query) };
}

/** "300 MW": the facility's power as the settings give it (from IT power × PUE, a range). */
export function powerText(p: Proposal): string {
  return p.power.kind === 'known' ? formatRange(p.power as KnownQuantity) : 'a data center';
}

/** "199,000": a count in round numbers, without its unit's words. */
function roundCount(q: Proposal['homesState']): string {
  return formatQuantity(q).replace(/ households$/, '');
}

/** The page's title: the proposal's name, or what it is. */
export function proposalTitle(p: Proposal): string {
  const what = `A proposed ${powerText(p)} data center in ${p.state.name}`;
  return p.settings.name ? `${p.settings.name}: ${what.replace(/^A /, 'a ')}` : what;
}

/** The headline answer in one sentence: homes in the state, and water where it is given. */
export function proposalDescription(p: Proposal): string {
  const homes = `It would use as much electricity in a year as ${roundCount(p.homesState)} homes in ${p.state.name}`;
  const water = p.water && p.water.homes.kind === 'known' ? `, and as much water as ${roundCount(p.water.homes)} homes` : '';
  return `${homes}${water}. Every formula and source shown, with a hearing packet.`;
}

/**
 * The reader's text as the preview image may draw it: only what the bundled font covers (Latin, its
 * punctuation), so that the image never fetches a font or an emoji from elsewhere. Other characters (other
 * scripts, emoji, direction marks) are left out; the page itself shows the name whole.
 */
export function drawableText(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u20ac]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title and description in Spanish, in the words of messages/es.json ("calculator.meta"). */
function spanishWords(p: Proposal): { title: string; description: string } {
  const m = MESSAGES.es.calculator.meta;
  const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_m, k: string) => values[k] ?? '');
  const power = p.power.kind === 'known' ? formatRange(p.power as KnownQuantity, undefined, 'es') : m.aDataCenter;
  const what = fill(m.title, { power, state: p.state.name });
  const count = (q: Proposal['homesState']) => withoutUnitWord(formatQuantity(q, undefined, 'es'), 'households', 'es');
  const water = p.water && p.water.homes.kind === 'known' ? fill(m.water, { homes: count(p.water.homes) }) : '';
  return {
    title: p.settings.name ? `${p.settings.name}: ${what.replace(/^Un /, 'un ')}` : what,
    description: `${fill(m.homes, { homes: count(p.homesState), state: p.state.name })}${water}. ${m.every}`,
  };
}

/**
 * The result page's metadata: its title and description, canonical address and preview card, and its
 * address in the other language. The preview image is drawn in English; a Spanish page describes it in Spanish.
 */
export function proposalPageMeta(p: Proposal, locale: Locale = 'en') {
  const words = locale === 'en' ? { title: proposalTitle(p), description: proposalDescription(p) } : spanishWords(p);
  const { canonical: english, image } = proposalUrls(p);
  const query = calculatorQuery(p.settings);
  const canonical = locale === 'en' ? english : withQuery(localePath(locale, CALCULATOR_PATH), query);
  const languages = languageAlternates(CALCULATOR_PATH, query);
  const images = [{ url: image, ...PREVIEW_SIZE, alt: `${words.title}: ${words.description}` }];
  return {
    ...words,
    alternates: { canonical, types: FEED_ALTERNATE_TYPES, ...(languages ? { languages } : {}) },
    openGraph: { ...words, url: canonical, type: 'website' as const, siteName: 'Data-center impact', images },
    twitter: { card: 'summary_large_image' as const, ...words, images },
  };
}

export type PreviewCard = {
  eyebrow: string;
  title: string;
  figures: { text: string; label: string }[];
  footer: string;
};

/** What the preview image shows: the name (or what the proposal is), its power and state, the answer in round numbers. */
export function previewCard(p: Proposal, dataUpdated: string): PreviewCard {
  const figures = [{ text: roundCount(p.homesState), label: `homes' electricity in ${p.state.name}` }];
  if (p.water) figures.push({ text: roundCount(p.water.homes), label: `homes' water in ${p.state.name}` });
  return {
    eyebrow: `A proposed ${powerText(p)} data center in ${p.state.name}`,
    title: drawableText(p.settings.name ?? '') || `${powerText(p)} in ${p.state.name}`,
    figures,
    footer: `Data-center impact · data updated ${formatDate(dataUpdated)}, with every source`,
  };
}
