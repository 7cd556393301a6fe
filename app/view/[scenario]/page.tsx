import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FacilityOverview } from '@/app/_components/facility-overview';
import { getOverview } from '@/lib/pages/overview';
import { facilityPageMeta } from '@/lib/pages/meta';
import { DEFAULT_KEY, featuredFacilityId, scenarioFromKey } from '@/server/scenario-route';

type Props = { params: Promise<{ scenario: string }> };

// The front page: the featured facility's overview. Reached through the proxy, which
// rewrites "/?…" here with the normalised scenario as the key.
export const dynamicParams = true;

export function generateStaticParams() {
  return [{ scenario: DEFAULT_KEY }];
}

async function load(params: Props['params']) {
  const { scenario: key } = await params;
  const facilityId = featuredFacilityId();
  const scenario = scenarioFromKey(facilityId, key);
  return scenario === undefined ? undefined : getOverview(facilityId, scenario);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const overview = await load(params);
  return overview === undefined ? {} : facilityPageMeta(overview, 'overview');
}

export default async function FrontPage({ params }: Props) {
  const overview = await load(params);
  if (overview === undefined) notFound();
  return <FacilityOverview overview={overview} path="/" />;
}
