import { DataText } from '@/app/_components/in-english';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';

import { calculatorRouteAt } from '@/lib/calculator/route';
import { CALCULATOR_PARAMS, type CalculatorParam } from '@/lib/calculator/settings';
import { allowedForEs, PARAM_WORDS_ES } from '@/lib/calculator/settings-es';
import { stateCodes } from '@/lib/calculator/states';
import { DEFAULT_LOCALE, isLocale, type Locale, localePath } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';
import type { ScenarioError } from '@/lib/scenario/scenario';
import { scenarioErrorReport } from '@/lib/pages/scenario-error';

async function pageLocale(): Promise<Locale> {
  const l = await getLocale();
  return isLocale(l) ? l : DEFAULT_LOCALE;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: MESSAGES[await pageLocale()].scenarioError.title, robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const code = (chunks: ReactNode) => <code>{chunks}</code>;

/**
 * One bad setting in Spanish: the parameter keeps its name in the address, said in words where it is the
 * calculator's, with what it accepts; the parser's own message is English, and marked so.
 */
function SpanishDetail({ e, calculator }: { e: ScenarioError; calculator: boolean }) {
  const p = calculator && (CALCULATOR_PARAMS as readonly string[]).includes(e.param) ? (e.param as CalculatorParam) : undefined;
  if (calculator && e.code === 'unknown-param') return <> no es un dato de la calculadora</>;
  return (
    <>
      {p ? ` (${PARAM_WORDS_ES[p]}): ` : ' '}
      <DataText text={e.message} />
    </>
  );
}

/**
 * Shown with HTTP 400 (the proxy rewrites bad links here), in the language of the page asked for (the
 * proxy names it from `from`). Everything the reader typed is rendered as text, which React escapes.
 */
export default async function ScenarioErrorPage({ searchParams }: Props) {
  const from = (await searchParams).from;
  const report = scenarioErrorReport(typeof from === 'string' ? from : undefined);
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: 'scenarioError' });
  const calculator = report !== undefined && calculatorRouteAt(report.path) !== undefined;
  const allowed = (e: ScenarioError) => {
    if (locale === 'en' || !calculator) return e.allowed;
    if ((CALCULATOR_PARAMS as readonly string[]).includes(e.param)) return allowedForEs(e.param as CalculatorParam, stateCodes());
    return `los datos ${CALCULATOR_PARAMS.join(', ')}`;
  };
  return (
    <section className="scenario-error">
      <h1>{t('title')}</h1>
      {report === undefined ? (
        <p>{t.rich('unknown', { link: (chunks) => <Link href={localePath(locale, '/')}>{chunks}</Link> })}</p>
      ) : (
        <>
          <p>{t.rich('intro', { path: report.path, code })}</p>
          <ul className="errors">
            {report.errors.map((e) => (
              <li key={e.param}>
                <strong>
                  <code>{e.param}</code>
                </strong>
                {locale === 'en' ? ` ${e.message}` : <SpanishDetail e={e} calculator={calculator} />}
                {e.received !== undefined ? <> {t.rich('gave', { value: e.received, code })}</> : null}.
                {e.suggestion !== undefined ? <> {t.rich('didYouMean', { value: e.suggestion, code })}</> : null}{' '}
                <span className="allowed">{t('allowed', { allowed: allowed(e) })}</span>
              </li>
            ))}
          </ul>
          {report.repairedUrl === report.defaultsUrl ? (
            // with the bad settings left out, what remains is the defaults: one link, not two to the same place
            <p>
              {t.rich('defaults', { url: report.defaultsUrl, code, link: (chunks) => <Link href={report.defaultsUrl}>{chunks}</Link> })}
            </p>
          ) : (
            <p>
              {t.rich('repaired', {
                url: report.repairedUrl,
                code,
                link: (chunks) => <Link href={report.repairedUrl}>{chunks}</Link>,
                defaults: (chunks) => <Link href={report.defaultsUrl}>{chunks}</Link>,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
