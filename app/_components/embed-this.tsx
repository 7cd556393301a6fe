/**
 * "Embed this" beside a chart: the <iframe> code of its embed page in a read-only text field
 * (selected and copied without JavaScript), and its SVG and PNG, each with the settings of the
 * view the reader is on. Screen only: on paper the chart already carries its title and source.
 */
import { type ChartId, chartLinks } from '@/lib/pages/chart-routes';
import { siteUrl } from '@/lib/pages/site';

import './embed-this.css';

/** The code to paste: an iframe of the embed page, at the site's public address. */
export function embedCode(embedPath: string, title: string, height: number): string {
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr(`${siteUrl()}${embedPath}`)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;max-width:920px" loading="lazy"></iframe>`;
}

export function EmbedThis({
  chart,
  facilityId,
  query,
  title,
  height = 620,
  what = 'chart',
}: {
  chart: ChartId;
  facilityId?: string;
  /** The view's canonical query ('' for the defaults). */
  query: string;
  /** What the chart shows, for the iframe's title. */
  title: string;
  height?: number;
  /** What is embedded: a chart, or a headline figure ("the electricity answer"). */
  what?: string;
}) {
  const links = chartLinks(chart, facilityId, query);
  const id = `embed-${facilityId ?? 'area'}-${chart}`;
  return (
    <details className="embed-this no-print">
      <summary>Embed or download {what === 'chart' ? 'this chart' : what}</summary>
      <label htmlFor={id}>Code to put {what === 'chart' ? 'this chart' : 'it'} on your site (select it and copy):</label>
      <textarea id={id} readOnly rows={3} defaultValue={embedCode(links.embed, title, height)} />
      <p>
        Download {what === 'chart' ? 'the chart' : 'it'} as an image, with its title, sources and date: <a href={links.svg}>SVG</a> ·{' '}
        <a href={links.png}>PNG</a> · <a href={links.embed}>{what === 'chart' ? 'the chart' : 'it'} on its own page</a>
      </p>
    </details>
  );
}
