import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ClaimsPage } from '@/app/_components/claims-page';
import { getClaims } from '@/lib/claims/ledger';
import { listFacilities } from '@/lib/data/load';
import { getOverview } from '@/lib/pages/overview';
import { facilityPageMeta } from '@/lib/pages/meta';
import { DEFAULT_KEY, scenarioFromKey } from '@/server/scenario-route';

type Props = { params: Promise<{ scenario: string; facilityId: string }> };

// Reached through the proxy, like the other facility pages (see ../water/page.tsx).
export const dynamicParams = true;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ scenario: DEFAULT_KEY, facilityId: f.id }));
}

async function load(params: Props['params']) {
  const { scenario: key, facilityId } = await params;
  const scenario = scenarioFromKey(facilityId, key);
  const overview = scenario === undefined ? undefined : getOverview(facilityId, scenario);
  const ledger = getClaims(facilityId);
  return overview === undefined || ledger === undefined ? undefined : { overview, ledger };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (data === undefined) return {};
  return facilityPageMeta(data.overview, 'claims');
}

export default async function FacilityClaimsPage({ params }: Props) {
  const data = await load(params);
  if (data === undefined) notFound();
  return <ClaimsPage overview={data.overview} ledger={data.ledger} />;
}
