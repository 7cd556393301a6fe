import type { Metadata } from 'next';

import { FacilityOverview } from '@/app/_components/facility-overview';
import { featuredFacilityId, getOverview } from '@/lib/overview';

export const metadata: Metadata = {
  alternates: { canonical: `/facilities/${featuredFacilityId()}` },
};

export default function HomePage() {
  const overview = getOverview(featuredFacilityId());
  if (overview === undefined) throw new Error('The featured facility has no overview');
  return <FacilityOverview overview={overview} />;
}
