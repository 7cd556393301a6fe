/**
 * /calculator: the form, and the result on the same route. The answer comes first (homes in the chosen
 * state, then by the U.S. home), then every figure with its arithmetic and sources, as on the facility
 * pages. The proposal's name is the reader's text: React writes it as text, never as markup.
 */
import './calculator.css';

import { getTranslations } from 'next-intl/server';

import type { Proposal } from '@/lib/calculator/model';
import { baselineSourceIds, CALCULATOR_PATH, calculatorPath } from '@/lib/calculator/route';
import { calculatorQuery } from '@/lib/calculator/settings';
import { formatDate, formatRange } from '@/lib/core/format';
import { type KnownQuantity, type Quantity } from '@/lib/core/quantity';
import { getStatesFile } from '@/lib/data/load';
import { type Locale, LOCALES } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import { siteUrl, withQuery } from '@/lib/pages/site';

import { Figure, FigureItem, HowWeGotThis, SiteText } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import { CalculatorForm } from './form';

type T = Awaited<ReturnType<typeof getTranslations<'calculator'>>>;

/** An answer line: the figure, what it means, and its arithmetic folded below. */
function Answer({ q, range = false, locale, children }: { q: Quantity; range?: boolean; locale: Locale; children: React.ReactNode }) {
  return (
    <li className="calc-answer">
      <span className="calc-big">
        {/* "199,000 homes in Georgia…": the words say what the count is */}
        <Figure q={q} bare={q.unit === 'households'} range={range ? 'inline' : 'none'} locale={locale} />
      </span>{' '}
      {children}
      <HowWeGotThis q={q} locale={locale} />
    </li>
  );
}

function title(p: Proposal, t: T, locale: Locale): string {
  const power = formatRange(p.power as KnownQuantity, undefined, locale);
  const state = p.state.name;
  return p.settings.name ? t('titleNamed', { name: p.settings.name, power, state }) : t('titleUnnamed', { power, state });
}

/** The link to this page in the other language, with the same settings: "Ver en español", "Read this in English". */
export function OtherLanguage({ locale, page, query }: { locale: Locale; page: 'page' | 'packet'; query: string }) {
  const other = LOCALES.find((l) => l !== locale) ?? 'en';
  const w = MESSAGES[locale].calculator;
  return (
    <p className="calc-language no-print">
      <a href={withQuery(calculatorPath(page, other), query)} hrefLang={other} lang={w.otherLanguageLang}>
        {w.otherLanguage}
      </a>
    </p>
  );
}

async function Result({ p, locale }: { p: Proposal; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'calculator' });
  const query = calculatorQuery(p.settings);
  const w = p.water;
  const g = p.gas;
  const state = p.state.name;
  const fig = (q: Quantity) => () => <Figure q={q} locale={locale} />;
  return (
    <section aria-labelledby="calc-result-heading" className="calc-result">
      <h2 id="calc-result-heading">{title(p, t, locale)}</h2>
      <ul className="calc-answers">
        <Answer q={p.homesState} locale={locale}>
          {t.rich('homesState', {
            state,
            year: p.state.home.electricityKwhPerMonth.asOf ?? '',
            fig: fig(p.state.home.electricityKwhPerMonth),
          })}
        </Answer>
        <Answer q={p.homesUs} locale={locale}>
          {t.rich('homesUs', { fig: fig(p.us.home.electricityKwhPerMonth) })}
        </Answer>
        <Answer q={p.shareOfStateHomes} locale={locale}>
          {t('shareOfStateHomes', { state })}
        </Answer>
        {p.shareOfPeak ? (
          <Answer q={p.shareOfPeak} locale={locale}>
            {t('shareOfPeak')}
          </Answer>
        ) : null}
        {p.shareOfCustomers ? (
          <Answer q={p.shareOfCustomers} locale={locale}>
            {t('shareOfCustomers')}
          </Answer>
        ) : null}
        {w ? (
          <>
            {p.settings.water === 'average' ? (
              <Answer q={w.use} range locale={locale}>
                {t('waterUse')}
              </Answer>
            ) : null}
            <Answer q={w.homes} locale={locale}>
              {t.rich('waterHomes', { state, fig: fig(p.state.home.waterGallonsPerDay) })}
            </Answer>
            <Answer q={w.shareOfStateSupply} locale={locale}>
              {t('waterStateSupply', { state })}
            </Answer>
            {w.shareOfSupply ? (
              <Answer q={w.shareOfSupply} locale={locale}>
                {t('waterSupply')}
              </Answer>
            ) : null}
          </>
        ) : null}
        {g ? (
          <>
            <Answer q={g.nox} locale={locale}>
              {t('nox')}
            </Answer>
            <Answer q={g.co2} locale={locale}>
              {t('co2')}
            </Answer>
            <Answer q={g.damage.range} range locale={locale}>
              {t('damage')}
            </Answer>
            <Answer q={g.deaths.range} range locale={locale}>
              <SiteText text={g.deaths.label} locale={locale} />
            </Answer>
          </>
        ) : null}
      </ul>
      {p.references.length > 0 ? (
        <>
          <h3>{t('referencesHeading')}</h3>
          <ul className="calc-references">
            {p.references.map((r) => (
              <li key={r.facilityId}>
                {t.rich('reference', {
                  name: r.name,
                  place: r.place,
                  state,
                  date: formatDate(r.power.asOf, locale),
                  link: (chunks) => <a href={`/facilities/${r.facilityId}`}>{chunks}</a>,
                  power: () => <Figure q={r.power} locale={locale} />,
                  homes: () => <Figure q={r.homes} bare locale={locale} />,
                })}{' '}
                <SourceCites ids={r.power.sourceIds} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="calc-links">
        <a href={withQuery(calculatorPath('packet', locale), query)}>{t('packetLink')}</a> · {t('download')}{' '}
        <a href={withQuery(`${CALCULATOR_PATH}/data.csv`, query)} type="text/csv">
          CSV
        </a>{' '}
        ·{' '}
        <a href={withQuery(`${CALCULATOR_PATH}/data.json`, query)} type="application/json">
          JSON
        </a>
      </p>
      <p className="calc-share">
        {t('share')}{' '}
        <a href={withQuery(calculatorPath('page', locale), query)}>{`${siteUrl()}${withQuery(calculatorPath('page', locale), query)}`}</a>
      </p>
      <h3>{t('figuresHeading')}</h3>
      <ul className="facts">
        {p.figures.map((f) => (
          <FigureItem key={f.id} label={f.label} q={f.q} range="note" locale={locale} />
        ))}
      </ul>
    </section>
  );
}

export async function CalculatorView({ proposal, locale = 'en' }: { proposal: Proposal | undefined; locale?: Locale }) {
  const t = await getTranslations({ locale, namespace: 'calculator' });
  const file = getStatesFile();
  const us = file.us.electricityKwhPerMonth;
  return (
    <article className="calculator">
      <OtherLanguage locale={locale} page="page" query={proposal ? calculatorQuery(proposal.settings) : ''} />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{t('heading')}</h1>
      <p className="lede">{t('lede')}</p>
      {proposal ? <Result p={proposal} locale={locale} /> : null}
      <CalculatorForm states={file.states} settings={proposal?.settings} locale={locale} />
      {proposal ? null : (
        <p className="calc-example">
          {t('example')} <a href={`${calculatorPath('page', locale)}?state=GA&mw=300&water=500000`}>{t('exampleLink')}</a>.
        </p>
      )}
      <section aria-labelledby="calc-baselines-heading" className="calc-baselines">
        <h2 id="calc-baselines-heading">{t('baselinesHeading')}</h2>
        <p>
          {t('baselines', {
            electricityYear: file.columns.electricityKwhPerMonth.asOf,
            waterYear: file.columns.waterGallonsPerPersonPerDay.asOf,
            householdYear: file.columns.personsPerHousehold.asOf,
            usYear: us.kind === 'known' ? us.asOf : '',
          })}{' '}
          <SourceCites ids={baselineSourceIds()} locale={locale} />.
        </p>
      </section>
    </article>
  );
}
