/**
 * The Spanish edition's pages (issue #25): the front page (/es) and each facility's page
 * (/es/facilities/<id>). Each leads with the same answers as its English counterpart, in Spanish,
 * then the handout's chart with its data, the way to the printed handout, and the English pages that
 * show all the work, named as English. Built from the handout's model, so every figure is the one
 * the English pages and the handouts print.
 */
import './edition.css';

import { getTranslations } from 'next-intl/server';

import { listFacilities } from '@/lib/data/load';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/locales';
import type { Handout } from '@/lib/pages/handout';
import { sectionsFor } from '@/lib/pages/registry';
import { publicPath, withQuery } from '@/lib/pages/site';

import { CurrencyLine } from '../../_components/currency';
import { DataText } from '../../_components/in-english';
import { OtherLanguage } from '../../_components/other-language';
import { NumberedSources } from '../../_components/paper';
import { Answers } from '../area/answers';
import { HandoutChartBlock, handoutWords } from '../handout/handout';

async function OnPaper({ href }: { href: string }) {
  const t = await getTranslations('edition');
  return <p className="edition-paper">{t.rich('onPaper', { link: (chunks) => <a href={href}>{chunks}</a> })}</p>;
}

/** The region's page in Spanish: /es. */
export async function EditionAreaPage({ handout, locale }: { handout: Handout; locale: Locale }) {
  const t = await getTranslations('edition');
  const query = handout.overview.scenarioQuery;
  const words = await handoutWords(handout, false, locale);
  const english = withQuery('/', query);
  const more: [string, string][] = [
    [english, t('moreRegion.front')],
    [withQuery('/report', query), t('moreRegion.report')],
    ['/next', t('moreRegion.next')],
    ['/methodology', t('moreRegion.methodology')],
    ['/sources', t('moreRegion.sources')],
    [withQuery('/data.csv', query), t('moreRegion.data')],
  ];
  return (
    <article className="edition">
      <header className="edition-head">
        <h1>{t('regionTitle')}</h1>
        <p className="lead">{t('regionLead')}</p>
        <CurrencyLine c={handout.currency} />
        <OtherLanguage href={english} />
      </header>
      <Answers answers={handout.answers} more={english} order={handout.sourceIds} />
      <OnPaper href={withQuery(localePath(locale, '/handout'), query)} />
      <section className="section" aria-labelledby="edition-growth">
        <h2 id="edition-growth">{t('growthHeading')}</h2>
        <HandoutChartBlock handout={handout} words={words} locale={locale} />
      </section>
      <section className="section" aria-labelledby="edition-sites">
        <h2 id="edition-sites">{t('sitesHeading')}</h2>
        <ul className="edition-sites">
          {listFacilities().map((f) => (
            <li key={f.id}>
              <a href={localePath(locale, publicPath(f.id, 'overview'))}>{f.name}</a>: {t(`kinds.${f.kind}`)}, {f.address}
            </li>
          ))}
        </ul>
      </section>
      <EnglishPages links={more} />
      <NumberedSources ids={handout.sourceIds} headingId="edition-sources" compact />
    </article>
  );
}

/** The English pages that show the work, in the page's words, each marked as English. */
async function EnglishPages({ links }: { links: [string, string][] }) {
  const t = await getTranslations('edition');
  return (
    <section className="section edition-more no-print" aria-labelledby="edition-more">
      <h2 id="edition-more">{t('moreHeading')}</h2>
      <p>{t('moreIntro')}</p>
      <ul>
        {links.map(([href, label]) => (
          <li key={href}>
            <a href={href} hrefLang="en">
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A facility's page in Spanish: /es/facilities/<id>. */
export async function EditionFacilityPage({ handout, locale }: { handout: Handout; locale: Locale }) {
  const t = await getTranslations('edition');
  const f = handout.overview.facility;
  const query = handout.overview.scenarioQuery;
  const words = await handoutWords(handout, true, locale);
  const english = withQuery(publicPath(f.id, 'overview'), query);
  const sections = sectionsFor(f.id).filter((s) => s.id !== 'handout');
  return (
    <article className="edition">
      <header className="edition-head">
        <h1>{f.name}</h1>
        <p className="lead">
          {t.rich('facilityLead', { kind: t(`kinds.${f.kind}`), address: f.address, operator: () => <DataText text={f.operator} /> })}
        </p>
        <CurrencyLine c={handout.currency} />
        <OtherLanguage href={english} />
      </header>
      <Answers answers={handout.answers} more={false} order={handout.sourceIds} headingLevel={2} />
      <OnPaper href={withQuery(localePath(locale, publicPath(f.id, 'handout')), query)} />
      <section className="section" aria-labelledby="edition-growth">
        <h2 id="edition-growth">{t('growthHeading')}</h2>
        <HandoutChartBlock handout={handout} words={words} locale={locale} />
      </section>
      <EnglishPages links={sections.map((s) => [withQuery(publicPath(f.id, s.id), query), t(`sections.${s.id}` as 'sections.overview')])} />
      <NumberedSources ids={handout.sourceIds} headingId="edition-sources" compact />
    </article>
  );
}
