import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ConcernsPage } from '@/app/_components/concerns-page';
import { listFacilities } from '@/lib/data/load';
import { facilityPageMeta } from '@/lib/pages/meta';
import { DEFAULT_KEY, scenarioFromKey } from '@/server/scenario-route';
import { getConcernsDetail } from '@/lib/pages/concerns';

type Props = { params: Promise<{ scenario: string; facilityId: string }> };

// Reached through the proxy, which validates the public URL's query and rewrites it here
// with the normalised scenario as the key: each scenario is rendered once, then cached.
export const dynamicParams = true;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ scenario: DEFAULT_KEY, facilityId: f.id }));
}

async function load(params: Props['params']) {
  const { scenario: key, facilityId } = await params;
  const scenario = scenarioFromKey(facilityId, key);
  return { data: scenario === undefined ? undefined : getConcernsDetail(facilityId, scenario) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { data } = await load(params);
  if (data === undefined) return {};
  return facilityPageMeta(data.overview, 'concerns');
}

export default async function FacilityConcernsPage({ params }: Props) {
  const { data } = await load(params);
  if (data === undefined) notFound();
  return <ConcernsPage detail={data} />;
}
