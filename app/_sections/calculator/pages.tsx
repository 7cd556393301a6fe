/**
 * The calculator's two pages in either language, for the internal routes the proxy renders them at
 * (app/view-calculator/[key]/…, and …/es/… for Spanish): their metadata, and the page for a key.
 */
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getProposal } from '@/lib/calculator/model';
import { proposalPageMeta } from '@/lib/calculator/preview';
import { calculatorPath, settingsFromKey } from '@/lib/calculator/route';
import { type Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { sitePageMeta } from '@/lib/pages/meta';

import { CalculatorView } from './calculator';
import { PacketView } from './packet';

export type KeyProps = { params: Promise<{ key: string }> };

/** A Spanish page's title ends with the site's name in Spanish, not the root layout's English template. */
function titled(meta: Metadata & { title: string }, locale: Locale): Metadata {
  if (locale === 'en') return meta;
  return { ...meta, title: { absolute: `${meta.title} · ${MESSAGES[locale].layout.siteName}` } };
}

/** The form keeps the calculator's own words; a result names its proposal and shows its own preview card. */
export async function calculatorMetadata({ params }: KeyProps, locale: Locale): Promise<Metadata> {
  const settings = settingsFromKey((await params).key);
  const proposal = settings === undefined || settings === 'invalid' ? undefined : getProposal(settings);
  if (proposal !== undefined) return titled(proposalPageMeta(proposal, locale), locale);
  const m = MESSAGES[locale].calculator;
  return titled(sitePageMeta(calculatorPath('page', locale), { title: m.formTitle, description: m.formDescription }), locale);
}

export async function CalculatorPageFor({ params, locale }: KeyProps & { locale: Locale }) {
  const settings = settingsFromKey((await params).key);
  if (settings === 'invalid') notFound();
  const proposal = settings === undefined ? undefined : getProposal(settings);
  if (settings !== undefined && proposal === undefined) notFound();
  return <CalculatorView proposal={proposal} locale={locale} />;
}

export function packetMetadata(locale: Locale): Metadata {
  const m = MESSAGES[locale].calculator.packet;
  return titled(sitePageMeta(calculatorPath('packet', locale), { title: m.title, description: m.description }), locale);
}

/** With no settings the packet shows the calculator's form: a packet is of a proposal. */
export async function PacketPageFor({ params, locale }: KeyProps & { locale: Locale }) {
  const settings = settingsFromKey((await params).key);
  if (settings === 'invalid') notFound();
  if (settings === undefined) return <CalculatorView proposal={undefined} locale={locale} />;
  const proposal = getProposal(settings);
  if (proposal === undefined) notFound();
  return <PacketView proposal={proposal} locale={locale} />;
}
