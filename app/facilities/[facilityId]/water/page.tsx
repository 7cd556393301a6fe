import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { WaterPage } from '@/app/_components/water-page';
import { listFacilities } from '@/lib/data';
import { getWaterDetail } from '@/lib/water-detail';

type Props = { params: Promise<{ facilityId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ facilityId: f.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = getWaterDetail((await params).facilityId);
  if (detail === undefined) return {};
  const { facility, place } = detail;
  return {
    title: `Water: ${facility.shortName}, ${place.name}`,
    description: `${facility.name}: every report of its daily water use, against homes and ${place.utility.shortName}'s pumping, the aquifer, the recycling plant and the water of its electricity, with sources.`,
    alternates: { canonical: `/facilities/${facility.id}/water` },
  };
}

export default async function FacilityWaterPage({ params }: Props) {
  const detail = getWaterDetail((await params).facilityId);
  if (detail === undefined) notFound();
  return <WaterPage detail={detail} />;
}
