/**
 * An embed page (/embed/…): the chart alone, for another site to frame. Its title, the sources
 * of the figures it plots with their dates, how recent the data is, and a link back to the full
 * view with the same settings. A whole document of its own, without the site's header, footer or
 * scripts; readable in a frame 300 px wide (the phone drawing below 600 px).
 */
import { addressWords, chartAttribution, joinDates } from '@/lib/charts/attribution';
import { getSource } from '@/lib/data/load';
import { sourceDateWords } from '@/lib/data/source-dates';
import { type ChartRoute, chartPath, chartViewPath } from '@/lib/pages/chart-routes';
import { siteUrl, withQuery } from '@/lib/pages/site';

import { chartSvg, type ChartSpec, specFigures, specHeading } from '../_components/charts/standalone';

const STYLE = `
body{margin:0;background:#fff;color:#1a1a1a;font:16px/1.45 system-ui,'DejaVu Sans',Arial,sans-serif}
main{padding:8px;max-width:900px}
h1{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
figure{margin:0}
.drawing svg{display:block;max-width:100%;height:auto}
.narrow{display:none}
@media (max-width:599px){.wide{display:none}.narrow{display:block}}
figcaption{font-size:.9rem;margin-top:.4rem}
figcaption p{margin:.25rem 0}
a{color:#0b4f8a}
`;

export function EmbedDocument({ route, spec, query }: { route: ChartRoute; spec: ChartSpec; query: string }) {
  const heading = specHeading(spec);
  const figures = specFigures(spec);
  const sourceIds = [...new Set(figures.sourceIds)];
  const dates = joinDates(chartAttribution(figures).dates, true);
  const view = chartViewPath(route, query);
  const canonical = `${siteUrl()}${withQuery(chartPath({ ...route, format: 'embed' }), query)}`;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${heading} · Data-center impact`}</title>
        <link rel="canonical" href={canonical} />
        <style>{STYLE}</style>
      </head>
      <body>
        <main>
          <h1>{heading}</h1>
          <figure>
            <div className="drawing wide" dangerouslySetInnerHTML={{ __html: chartSvg(spec, 'wide') }} />
            <div className="drawing narrow" dangerouslySetInnerHTML={{ __html: chartSvg(spec, 'narrow') }} />
            <figcaption>
              <p className="embed-sources">
                {sourceIds.length === 1 ? 'Source: ' : 'Sources: '}
                {sourceIds.map((id, i) => {
                  const s = getSource(id);
                  return (
                    <span key={id}>
                      {i === 0 ? '' : '; '}
                      <a href={`/sources#source-${id}`} target="_blank" rel="noopener" title={s.title}>
                        {s.publisher}
                      </a>{' '}
                      ({sourceDateWords(s)})
                    </span>
                  );
                })}
                .
              </p>
              <p className="embed-dates">{dates.join(' ')}.</p>
              <p>
                <a href={view} target="_blank" rel="noopener">
                  The full view, with the data and how we got it
                </a>{' '}
                on {addressWords(siteUrl())}.
              </p>
            </figcaption>
          </figure>
        </main>
      </body>
    </html>
  );
}
