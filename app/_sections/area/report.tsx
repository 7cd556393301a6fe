/**
 * The region's printed report (/report): the front page's answers, citing a numbered list of
 * sources with their addresses, then the work behind each answer, the footprint over time with
 * its data, and every source. The QR code and the link lead back to the same view.
 */
import type { RegionReport } from '@/lib/pages/handout';

import { CurrencyLine } from '../../_components/currency';
import { NumberedSources, PaperHead, viewUrl } from '../../_components/paper';
import { Answers } from './answers';
import { AreaMap, Footprint } from './area';
import { AirDetail, ElectricityDetail, WaterDetail } from './details';

export async function RegionReportPage({ report }: { report: RegionReport }) {
  const { area } = report;
  const url = viewUrl(report.path);
  return (
    <article className="report region-report">
      <PaperHead
        kind="report"
        title="xAI in the Memphis area: power, water and air"
        where="Memphis, Tennessee and Southaven, Mississippi"
        url={url}
      >
        <CurrencyLine c={area.currency} className="report-meta" compact>
          Numbers in brackets are the sources listed at the end, each with its address.
        </CurrencyLine>
      </PaperHead>
      <Answers answers={area.answers} more={false} order={report.sourceIds} />
      <ElectricityDetail answers={area.answers} notAdded={area.totals.notAdded} />
      <WaterDetail answers={area.answers} />
      <AirDetail answers={area.answers} />
      <Footprint model={area} />
      <AreaMap model={area} />
      <NumberedSources ids={report.sourceIds} headingId="region-report-sources" />
    </article>
  );
}
