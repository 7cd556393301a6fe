/** The report's head: what it is about, how current its data is, the settings in words, and the link and QR code of the view. */
import { formatDate } from '@/lib/core/format';
import { dataUpdatedOn } from '@/lib/data/load';
import type { Report } from '@/lib/pages/report';
import { publicPath, siteUrl, withQuery } from '@/lib/pages/site';

import { Refs, ViewQr, viewUrl } from '../../_components/paper';
import { describeSettings, reportSettings } from '../../_components/scenario-settings';

export async function ReportHead({ report }: { report: Report }) {
  const o = report.overview;
  const { facility, place } = o;
  // the view a reader opens from paper: the facility's pages with the same settings
  const url = viewUrl(withQuery(publicPath(facility.id, 'overview'), o.scenarioQuery));
  return (
    <header className="report-head">
      <div>
        <p className="eyebrow">Data-center impact · report</p>
        <h1>
          {facility.name}, {place.name}
        </h1>
        <p>
          {facility.kind === 'power plant' ? 'A power plant' : 'A data center'} at {facility.address} · {facility.neighbourhood} ·
          operated by {facility.operator} <Refs ids={facility.addressSourceIds} order={report.sourceIds} />
        </p>
        <p className="report-summary">{facility.summary}</p>
        <p className="report-meta">
          Data updated {formatDate(dataUpdatedOn())} · the facility as of {formatDate(o.asOf)} · figures checked up to{' '}
          {formatDate(o.checkedTo)} · settings: {describeSettings(o, reportSettings(o)).join('; ')}. Numbers in brackets are the sources
          listed at the end; each one&apos;s entry on {siteUrl()}/sources gives the date we checked it, the copy we read where we did not
          read the original, and every page that uses it.
        </p>
        <p className="report-meta">
          Open this view online: <a href={url}>{url}</a>
        </p>
      </div>
      <ViewQr url={url} />
    </header>
  );
}
