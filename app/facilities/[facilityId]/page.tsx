import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FacilityOverview } from '@/app/_components/facility-overview';
import { listFacilities } from '@/lib/data';
import { getOverview } from '@/lib/overview';

type Props = { params: Promise<{ facilityId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ facilityId: f.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const overview = getOverview((await params).facilityId);
  if (overview === undefined) return {};
  const { facility, place } = overview;
  return {
    title: `${facility.shortName}, ${place.name}: power and water`,
    description: `${facility.name} at ${facility.address}: grid power, gas turbines and water use set against ${place.name} homes and ${place.utility.shortName}, with sources.`,
    alternates: { canonical: `/facilities/${facility.id}` },
  };
}

export default async function FacilityPage({ params }: Props) {
  const overview = getOverview((await params).facilityId);
  if (overview === undefined) notFound();
  return <FacilityOverview overview={overview} />;
}
