/** The report's head (the shared PaperHead): what it is about, how current its data is, the settings in words, and the QR code and address of the view. */
import { formatDate } from '@/lib/core/format';
import { dataUpdatedOn } from '@/lib/data/load';
import { currency } from '@/lib/pages/currency';
import type { Report } from '@/lib/pages/report';
import { publicPath, siteUrl, withQuery } from '@/lib/pages/site';

import { PaperHead, Refs, viewUrl } from '../../_components/paper';
import { describeSettings, reportSettings } from '../../_components/scenario-settings';

export async function ReportHead({ report }: { report: Report }) {
  const o = report.overview;
  const { facility, place } = o;
  const c = currency(facility.id);
  // the view a reader opens from paper: the facility's pages with the same settings
  const url = viewUrl(withQuery(publicPath(facility.id, 'overview'), o.scenarioQuery));
  return (
    <PaperHead
      kind="report"
      title={`${facility.name}, ${place.name}`}
      where={
        <>
          {facility.kind === 'power plant' ? 'A power plant' : 'A data center'} at {facility.address} · {facility.neighbourhood} · operated
          by {facility.operator} <Refs ids={facility.addressSourceIds} order={report.sourceIds} />
        </>
      }
      url={url}
    >
      <p className="report-summary">{facility.summary}</p>
      <p className="report-meta">
        Data updated {formatDate(dataUpdatedOn())} (our last change to the data) · latest event on record {formatDate(c.latestEvent)}
        {c.siteRecordsEnd ? ` · records for ${c.siteRecordsEnd.name} end ${formatDate(c.siteRecordsEnd.date)}` : ''} · the facility as of{' '}
        {formatDate(o.asOf)} · settings: {describeSettings(o, reportSettings(o)).join('; ')}. Numbers in brackets are the sources listed at
        the end; each one&apos;s entry on {siteUrl()}/sources gives the date we checked it, the copy we read where we did not read the
        original, and every page that uses it. The QR code and the address beside this open the same view online.
      </p>
    </PaperHead>
  );
}
