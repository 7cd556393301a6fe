import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { getTranslations } from 'next-intl/server';

import { AreaPage } from '@/app/_sections/area/area';
import { EditionAreaPage, EditionFacilityPage } from '@/app/_sections/edition/edition';
import { FacilitiesPage } from '@/app/_sections/area/facilities';
import { RegionReportPage } from '@/app/_sections/area/report';
import { HandoutPage } from '@/app/_sections/handout/handout';
import { SectionView } from '@/app/_sections/views';
import { getArea } from '@/lib/pages/area';
import { getCompare } from '@/lib/pages/compare';
import { facilityPageMeta, REGION_IMAGE_ID, sitePageMeta } from '@/lib/pages/meta';
import { type AnySection, loadSection, type ModelOf, sectionAt } from '@/lib/pages/registry';
import { getFacilityHandout, getRegionHandout, getRegionReport } from '@/lib/pages/handout';
import type { Overview } from '@/lib/pages/overview';
import { featuredFacilityId, hasSpanishEdition, REGION_PAPERS, type RegionPaper, settingsOfRoute } from '@/lib/pages/routes';
import type { Locale } from '@/lib/i18n/locales';
import { publicPath } from '@/lib/pages/site';
import { scenarioFromKey } from '@/server/scenario-route';

type Props = { params: Promise<{ scenario: string; path?: string[] }> };

// Every page that takes the what-if settings: the front page (the Memphis area, no path), every
// facility side by side (/facilities), and each section of a facility from the registry. Reached
// through the proxy, which validates the public URL's query and rewrites it here with the
// normalised scenario as the key: each scenario is rendered once.

type At =
  | { kind: 'area'; facilityId: string }
  | { kind: 'regionPaper'; page: RegionPaper; facilityId: string }
  | { kind: 'facilities'; facilityId: string }
  | { kind: 'section'; facilityId: string; section: AnySection };

/** The page at an internal path and its language: a Spanish page's path starts with "es", and only pages with an edition have one. */
function resolve(path: string[] = []): (At & { locale: Locale }) | undefined {
  if (path[0] !== 'es') {
    const at = resolveEnglish(path);
    return at && { ...at, locale: 'en' };
  }
  const at = resolveEnglish(path.slice(1));
  return at && hasSpanishEdition(at) ? { ...at, locale: 'es' } : undefined;
}

function resolveEnglish(path: string[]): At | undefined {
  if (path.length === 0) return { kind: 'area', facilityId: featuredFacilityId() };
  const [root, facilityId, slug = '', ...rest] = path;
  const paper = REGION_PAPERS.find((p) => p === root);
  if (paper !== undefined && path.length === 1) return { kind: 'regionPaper', page: paper, facilityId: featuredFacilityId() };
  if (root !== 'facilities' || rest.length > 0) return undefined;
  if (facilityId === undefined) return { kind: 'facilities', facilityId: featuredFacilityId() };
  const section = sectionAt(facilityId, slug);
  return section && { kind: 'section', facilityId, section };
}

/**
 * The page's model, computed once per request: generateMetadata and the page both ask for it, and
 * React's cache() hands the second the first one's result (keyed by the scenario and the path).
 */
const loadView = cache((key: string, pathJson: string) => loadModel(key, JSON.parse(pathJson) as string[]));

async function load(params: Props['params']) {
  const { scenario: key, path = [] } = await params;
  return loadView(key, JSON.stringify(path));
}

function loadModel(key: string, path: string[]) {
  const at = resolve(path);
  const scenario = at === undefined ? undefined : scenarioFromKey(settingsOfRoute(at), key);
  if (at === undefined || scenario === undefined) return undefined;
  if (at.locale === 'es' && (at.kind === 'area' || (at.kind === 'section' && at.section.id === 'overview'))) {
    // the Spanish front page and facility pages are built from the handout's model (app/_sections/edition)
    const model = at.kind === 'area' ? getRegionHandout(scenario) : getFacilityHandout(at.facilityId, scenario);
    return model && { kind: 'edition' as const, region: at.kind === 'area', locale: at.locale, model };
  }
  if (at.kind === 'area') {
    const model = getArea(scenario);
    return model && { kind: 'area' as const, model };
  }
  if (at.kind === 'regionPaper' && at.page === 'handout') {
    const model = getRegionHandout(scenario);
    return model && { kind: 'regionHandout' as const, model };
  }
  if (at.kind === 'regionPaper') {
    const model = getRegionReport(scenario);
    return model && { kind: 'regionReport' as const, model };
  }
  if (at.kind === 'facilities') {
    const model = getCompare(scenario);
    return model && { kind: 'facilities' as const, model };
  }
  const model = loadSection(at.section, at.facilityId, scenario);
  return model && { kind: 'section' as const, section: at.section, facilityId: at.facilityId, model };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (page === undefined) return {};
  const { path = [] } = await params;
  if (path[0] === 'es') return spanishMeta(page);
  if (page.kind === 'area')
    return sitePageMeta(
      '/',
      {
        title: 'xAI in the Memphis area: power, water and air, with sources',
        description:
          "xAI's data centers in Memphis and Southaven and the gas-turbine plant that powers one of them, together: their electricity as homes, their water in gallons a day, their turbines and tons of NOx, with every source.",
      },
      REGION_IMAGE_ID,
    );
  if (page.kind === 'regionHandout')
    return sitePageMeta('/handout', {
      title: 'Handout: xAI in the Memphis area',
      description:
        "A two-page handout on xAI's sites in the Memphis area: what they ask of the region in electricity, water and air, one chart, and every source with its address.",
    });
  if (page.kind === 'regionReport')
    return sitePageMeta('/report', {
      title: 'Report: xAI in the Memphis area',
      description:
        "A printable report on xAI's sites in the Memphis area: the answers, the work behind them, the footprint over time, and every source with its address.",
    });
  if (page.kind === 'facilities')
    return sitePageMeta('/facilities', {
      title: 'Every xAI site in the Memphis area, side by side',
      description:
        'Colossus 1, Colossus 2 and the Southaven power plant: kind, status, grid power, turbines, water, homes and the share of the local utility, each with its source and date.',
    });
  if (page.kind === 'edition') return {};
  const words = (page.section.words as (m: unknown) => { title: string; description: string })(page.model);
  return facilityPageMeta(page.model.overview, page.section.id, words);
}

/** A Spanish page's title, description and links: canonical at its /es address, alternates to the English page. */
async function spanishMeta(page: NonNullable<ReturnType<typeof loadModel>>): Promise<Metadata> {
  const t = await getTranslations('edition.meta');
  if (page.kind === 'edition' && page.region) {
    return sitePageMeta('/es', { title: t('regionTitle'), description: t('regionDescription') }, REGION_IMAGE_ID);
  }
  if (page.kind === 'regionHandout') return sitePageMeta('/es/handout', { title: t('handoutTitle'), description: t('handoutDescription') });
  const model = page.kind === 'edition' ? page.model : page.kind === 'section' ? (page.model as { overview: Overview }) : undefined;
  if (model === undefined) return {};
  const site = model.overview.facility.shortName;
  const place = model.overview.place.name;
  const handout = page.kind === 'section';
  const words = handout
    ? { title: t('facilityHandoutTitle', { site }), description: t('facilityHandoutDescription', { site }) }
    : { title: t('facilityTitle', { site }), description: t('facilityDescription', { site, place }) };
  return facilityPageMeta(model.overview, handout ? 'handout' : 'overview', words, 'es');
}

export default async function ScenarioPage({ params }: Props) {
  const page = await load(params);
  if (page === undefined) notFound();
  if (page.kind === 'edition')
    return page.region ? (
      <EditionAreaPage handout={page.model} locale={page.locale} />
    ) : (
      <EditionFacilityPage handout={page.model} locale={page.locale} />
    );
  if (page.kind === 'area') return <AreaPage model={page.model} />;
  if (page.kind === 'regionHandout') return <HandoutPage handout={page.model} facility={false} />;
  if (page.kind === 'regionReport') return <RegionReportPage report={page.model} />;
  if (page.kind === 'facilities') return <FacilitiesPage model={page.model} />;
  const path = publicPath(page.facilityId, page.section.id);
  return <SectionView id={page.section.id} model={page.model as ModelOf<typeof page.section.id>} path={path} />;
}
