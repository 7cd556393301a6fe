import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { PowerPage } from '@/app/_components/power-page';
import { listFacilities } from '@/lib/data';
import { getPowerDetail } from '@/lib/power-detail';

type Props = { params: Promise<{ facilityId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ facilityId: f.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = getPowerDetail((await params).facilityId);
  if (detail === undefined) return {};
  const { facility, place } = detail;
  return {
    title: `Power: ${facility.shortName}, ${place.name}`,
    description: `${facility.name}: grid power and gas turbines over time, how many homes that is by each baseline, and its share of ${place.utility.shortName}, with sources.`,
    alternates: { canonical: `/facilities/${facility.id}/power` },
  };
}

export default async function FacilityPowerPage({ params }: Props) {
  const detail = getPowerDetail((await params).facilityId);
  if (detail === undefined) notFound();
  return <PowerPage detail={detail} />;
}
