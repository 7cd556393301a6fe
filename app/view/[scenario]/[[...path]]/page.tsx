import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { SectionView } from '@/app/_sections/views';
import { listFacilities } from '@/lib/data/load';
import { facilityPageMeta } from '@/lib/pages/meta';
import { type AnySection, loadSection, type ModelOf, sectionAt, sectionsFor } from '@/lib/pages/registry';
import { featuredFacilityId } from '@/lib/pages/routes';
import { publicPath } from '@/lib/pages/site';
import { DEFAULT_KEY, scenarioFromKey } from '@/server/scenario-route';

type Props = { params: Promise<{ scenario: string; path?: string[] }> };

// Every page that takes the what-if settings, from the registry: the front page (no path) and
// /facilities/<id>/<section>. Reached through the proxy, which validates the public URL's query
// and rewrites it here with the normalised scenario as the key: each scenario is rendered once.

export function generateStaticParams() {
  const sections = listFacilities().flatMap((f) =>
    sectionsFor(f.id).map((s) => ({ scenario: DEFAULT_KEY, path: ['facilities', f.id, ...(s.slug === '' ? [] : [s.slug])] })),
  );
  return [{ scenario: DEFAULT_KEY, path: [] }, ...sections];
}

/** The facility and section at an internal path: the front page is the featured facility's overview. */
function resolve(path: string[] = []): { facilityId: string; section: AnySection; front: boolean } | undefined {
  if (path.length === 0) {
    const facilityId = featuredFacilityId();
    const section = sectionAt(facilityId, '');
    return section && { facilityId, section, front: true };
  }
  const [root, facilityId, slug = '', ...rest] = path;
  if (root !== 'facilities' || facilityId === undefined || rest.length > 0) return undefined;
  const section = sectionAt(facilityId, slug);
  return section && { facilityId, section, front: false };
}

async function load(params: Props['params']) {
  const { scenario: key, path } = await params;
  const at = resolve(path);
  if (at === undefined) return undefined;
  const scenario = scenarioFromKey(at.facilityId, key);
  const model = scenario === undefined ? undefined : loadSection(at.section, at.facilityId, scenario);
  return model === undefined ? undefined : { ...at, model };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (page === undefined) return {};
  const words = (page.section.words as (m: unknown) => { title: string; description: string })(page.model);
  return facilityPageMeta(page.model.overview, page.section.id, words);
}

export default async function SectionPage({ params }: Props) {
  const page = await load(params);
  if (page === undefined) notFound();
  const path = page.front ? '/' : publicPath(page.facilityId, page.section.id);
  return <SectionView id={page.section.id} model={page.model as ModelOf<typeof page.section.id>} path={path} />;
}
