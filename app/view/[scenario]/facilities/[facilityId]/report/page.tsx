import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ReportPage } from '@/app/_components/report-page';
import { listFacilities } from '@/lib/data/load';
import { facilityPageMeta } from '@/lib/pages/meta';
import { getReport } from '@/lib/pages/report';
import { DEFAULT_KEY, scenarioFromKey } from '@/server/scenario-route';

type Props = { params: Promise<{ scenario: string; facilityId: string }> };

// Reached through the proxy (public address /facilities/<id>/report?<settings>), like the other facility pages.
export const dynamicParams = true;

export function generateStaticParams() {
  return listFacilities().map((f) => ({ scenario: DEFAULT_KEY, facilityId: f.id }));
}

async function load(params: Props['params']) {
  const { scenario: key, facilityId } = await params;
  const scenario = scenarioFromKey(facilityId, key);
  return scenario === undefined ? undefined : getReport(facilityId, scenario);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await load(params);
  return report === undefined ? {} : facilityPageMeta(report.power.overview, 'report');
}

export default async function FacilityReportPage({ params }: Props) {
  const report = await load(params);
  if (report === undefined) notFound();
  return <ReportPage report={report} />;
}
