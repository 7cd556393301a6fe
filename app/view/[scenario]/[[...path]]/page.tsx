import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';

import { AreaPage } from '@/app/_sections/area/area';
import { FacilitiesPage } from '@/app/_sections/area/facilities';
import { RegionReportPage } from '@/app/_sections/area/report';
import { HandoutPage } from '@/app/_sections/handout/handout';
import { SectionView } from '@/app/_sections/views';
import { getArea } from '@/lib/pages/area';
import { getCompare } from '@/lib/pages/compare';
import { facilityPageMeta, REGION_IMAGE_ID, sitePageMeta } from '@/lib/pages/meta';
import { type AnySection, loadSection, type ModelOf, sectionAt } from '@/lib/pages/registry';
import { getRegionHandout, getRegionReport } from '@/lib/pages/handout';
import { featuredFacilityId, REGION_PAPERS, type RegionPaper, settingsOfRoute } from '@/lib/pages/routes';
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

function resolve(path: string[] = []): At | undefined {
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
  const words = (page.section.words as (m: unknown) => { title: string; description: string })(page.model);
  return facilityPageMeta(page.model.overview, page.section.id, words);
}

export default async function ScenarioPage({ params }: Props) {
  const page = await load(params);
  if (page === undefined) notFound();
  if (page.kind === 'area') return <AreaPage model={page.model} />;
  if (page.kind === 'regionHandout') return <HandoutPage handout={page.model} facility={false} />;
  if (page.kind === 'regionReport') return <RegionReportPage report={page.model} />;
  if (page.kind === 'facilities') return <FacilitiesPage model={page.model} />;
  const path = publicPath(page.facilityId, page.section.id);
  return <SectionView id={page.section.id} model={page.model as ModelOf<typeof page.section.id>} path={path} />;
}
