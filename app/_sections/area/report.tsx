/**
 * The region's printed report (/report): the front page's answers, citing a numbered list of
 * sources with their addresses, then the work behind each answer, the footprint over time with
 * its data, and every source. The QR code and the link lead back to the same view.
 */
import { formatDate } from '@/lib/core/format';
import type { RegionReport } from '@/lib/pages/handout';

import { LocatorMap } from '../../_components/map/locator-map';
import { NumberedSources, ViewQr, viewUrl } from '../../_components/paper';
import { Answers } from './answers';
import { Footprint } from './area';
import { AirDetail, ElectricityDetail, WaterDetail } from './details';

export async function RegionReportPage({ report }: { report: RegionReport }) {
  const { area } = report;
  const url = viewUrl(report.path);
  return (
    <article className="report region-report">
      <header className="report-head">
        <div>
          <p className="eyebrow">Data-center impact · report</p>
          <h1>xAI in the Memphis area: power, water and air</h1>
          <p>Memphis, Tennessee and Southaven, Mississippi</p>
          <p className="report-meta">
            Data updated {formatDate(area.dataUpdated)}. Numbers in brackets are the sources listed at the end, each with its address.
          </p>
          <p className="report-meta">
            Open this view online: <a href={url}>{url}</a>
          </p>
        </div>
        <ViewQr url={url} />
      </header>
      <Answers answers={area.answers} more={false} order={report.sourceIds} />
      <ElectricityDetail answers={area.answers} notAdded={area.totals.notAdded} />
      <WaterDetail answers={area.answers} />
      <AirDetail answers={area.answers} />
      <Footprint model={area} />
      <section className="section" aria-labelledby="map-heading">
        <h2 id="map-heading">Where the sites are</h2>
        <LocatorMap
          places={area.map.places}
          distances={area.map.distances}
          title="Map of xAI's sites in the Memphis area"
          description="County and state lines around Memphis, with Colossus 1 near Boxtown, Colossus 2 in Whitehaven at the Mississippi line, and the Southaven power plant just across it."
        />
      </section>
      <NumberedSources ids={report.sourceIds} headingId="region-report-sources" />
    </article>
  );
}
