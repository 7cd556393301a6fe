/**
 * /calculator/packet: the hearing packet, two printed pages (Letter or A4) of the same proposal as the
 * calculator: the numbers first, then the arithmetic of each, the settings, the numbered sources with their
 * addresses, and a QR code of the exact settings. The proposal's name is printed as text.
 */
import '../handout/handout.css';
import './calculator.css';

import { getTranslations } from 'next-intl/server';

import type { Proposal } from '@/lib/calculator/model';
import { calculatorPath } from '@/lib/calculator/route';
import { calculatorQuery } from '@/lib/calculator/settings';
import { flattenDerivation } from '@/lib/core/derivation';
import { formatDate, formatRange } from '@/lib/core/format';
import { type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { dataUpdatedOn } from '@/lib/data/load';
import type { Locale } from '@/lib/i18n/locales';
import { inSpanish } from '@/lib/i18n/texts-es';
import { withQuery } from '@/lib/pages/site';

import { Cited, NumberedSources, PaperHead, Steps, viewUrl } from '../../_components/paper';
import { OtherLanguage } from './calculator';

type Line = { q: Quantity | undefined; words: string };
type T = Awaited<ReturnType<typeof getTranslations<'calculator.packet'>>>;

function lines(p: Proposal, t: T, locale: Locale): Line[] {
  const w = p.water;
  const g = p.gas;
  const state = p.state.name;
  // the homes' labels are the site's own words ("Georgia average home (2022)"), put in the page's language
  const home = (label: string) => (locale === 'en' ? label : inSpanish(label).text);
  return [
    { q: p.homesState, words: t('homesState', { state, home: home(p.state.home.label) }) },
    { q: p.homesUs, words: t('homesUs', { home: home(p.us.home.label) }) },
    { q: p.shareOfStateHomes, words: t('shareOfStateHomes', { state }) },
    { q: p.shareOfPeak, words: t('shareOfPeak') },
    { q: p.shareOfCustomers, words: t('shareOfCustomers') },
    ...(p.settings.water === 'average' ? [{ q: w?.use, words: t('waterUse') }] : []),
    { q: w?.homes, words: t('waterHomes', { state }) },
    { q: w?.shareOfStateSupply, words: t('waterStateSupply', { state }) },
    { q: w?.shareOfSupply, words: t('waterSupply') },
    { q: g?.nox, words: t('nox') },
    { q: g?.co2, words: t('co2') },
    { q: g?.damage.range, words: t('damage') },
    { q: g?.deaths.range, words: t('deaths') },
    ...p.references.map((r) => ({
      q: r.homes,
      words: t('reference', { state, name: r.name, power: formatRange(r.power, undefined, locale) }),
    })),
  ];
}

export async function PacketView({ proposal: p, locale = 'en' }: { proposal: Proposal; locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'calculator.packet' });
  const query = calculatorQuery(p.settings);
  const url = viewUrl(withQuery(calculatorPath('page', locale), query));
  const shown = lines(p, t, locale).filter((l): l is { q: Quantity; words: string } => l.q !== undefined);
  const order = sourceIdsOf(p.figures.map((f) => f.q));
  const worked = shown
    .map((l) => l.q)
    .filter(
      (q): q is KnownQuantity => q.kind === 'known' && q.derivation !== undefined && q.unit !== 'USD2025/yr' && q.unit !== 'deaths/yr',
    );
  // a figure shown rounded enters the next step as shown: the same formula, once with "≈", once with "=": listed once
  const seen = new Set<string>();
  const steps = flattenDerivation(worked).steps.filter((s) => !seen.has(s.formula) && seen.add(s.formula));
  const power = formatRange(p.power as KnownQuantity, undefined, locale);
  const state = p.state.name;
  const title = p.settings.name ? `“${p.settings.name}”` : t('titleUnnamed', { power, state });
  // es-US writes a plain number as en-US does ("0.8")
  const loadFactor = String(p.loadFactor.value);
  return (
    <article className="handout calc-packet">
      <OtherLanguage locale={locale} page="packet" query={query} />
      <PaperHead kind="handout" title={title} where={t('where', { power, state, loadFactor })} url={url} locale={locale}>
        <p className="report-meta">
          {t('updated', { date: formatDate(dataUpdatedOn(), locale) })}{' '}
          <a className="no-print" href={withQuery(calculatorPath('page', locale), query)}>
            {t('back')}
          </a>
        </p>
      </PaperHead>
      <section aria-labelledby="packet-answers">
        <h2 id="packet-answers">{t('answers', { state })}</h2>
        <ul className="calc-answers">
          {shown.map((l) => (
            <li key={l.words} className="calc-answer">
              <span className="calc-big">
                <Cited
                  q={l.q}
                  order={order}
                  date={false}
                  range={l.q.unit.startsWith('USD') || l.q.unit === 'deaths/yr' || l.q.unit === 'gal/day' ? 'inline' : 'none'}
                  locale={locale}
                />
              </span>{' '}
              {l.words}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="packet-working">
        <h2 id="packet-working">{t('working')}</h2>
        {/* every step once, in the order it is done: shared steps (the yearly energy, one home's kWh) are not repeated */}
        <Steps steps={steps} locale={locale} />
        {p.gas ? <p className="packet-note">{t('gasNote')}</p> : null}
        <p className="packet-note">{t('homesNote')}</p>
      </section>
      <NumberedSources ids={order} headingId="packet-sources" compact locale={locale} />
      <p className="handout-foot">
        {t('printedFrom')} <span className="source-url">{viewUrl(withQuery(calculatorPath('packet', locale), query))}</span>
      </p>
    </article>
  );
}
