/** Power page: the bottom-up check from the GPU count, and what the bills imply. */
import { formatDate } from '@/lib/core/format';
import type { PowerDetail } from '@/lib/pages/power';

import { barFor } from '@/app/_components/bars';
import {
  ResponsiveBarChart,
  type ResponsiveBarChartProps,
  ResponsiveStepChart,
  type ResponsiveStepChartProps,
} from '@/app/_components/charts/responsive';
import { EmbedThis } from '@/app/_components/embed-this';
import { ScrollTable } from '@/app/_components/facility-page';
import { HowWeGotThis, Provenance, RangeNote, Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

/** The GPU count over time, as the power page draws it, and its files and embed (app/_embed/specs.ts); undefined without a count. */
export function gpusChart(detail: PowerDetail): ResponsiveStepChartProps | undefined {
  if (detail.bottomUp.rows.length === 0) return undefined;
  return {
    points: detail.overview.growth,
    series: ['gpus'],
    yLabel: 'GPUs',
    title: 'Step chart of the number of GPUs at the site',
    heading: `${detail.facility.shortName}: GPUs at the site`,
    height: 200,
  };
}

/** The bottom-up estimate beside the reported figures, as the power page draws it; undefined without a count that gives power. */
export function bottomUpChart(detail: PowerDetail): ResponsiveBarChartProps | undefined {
  const last = detail.bottomUp.rows.findLast((r) => r.facilityMw.kind === 'known');
  if (last === undefined) return undefined;
  const reported = detail.overview.power.filter((p) => p.key !== 'turbinesPermitted' && p.key !== 'turbinesReported');
  return {
    title: 'Bar chart of the bottom-up power estimate beside the grid figures and an outside estimate, in MW',
    heading: `${detail.facility.shortName}: bottom-up estimate beside the reported figures, in MW`,
    rows: [
      ...barFor(`Bottom-up, GPUs of ${formatDate(last.date)}`, last.facilityMw, 'estimate'),
      ...reported.flatMap((p) =>
        barFor(p.label, p.power, p.key === 'claimed' ? 'claim' : p.key === 'estimated' ? 'reference' : 'facility'),
      ),
    ],
  };
}

export function BottomUp({ detail }: { detail: PowerDetail }) {
  const gpus = gpusChart(detail);
  const bottomUp = bottomUpChart(detail);
  const b = detail.bottomUp;
  // the latest count that can be turned into power (a count not broken down by GPU model cannot)
  const last = b.rows.findLast((r) => r.facilityMw.kind === 'known');
  const overview = detail.overview;
  const reported = overview.power.filter((p) => p.key !== 'turbinesPermitted' && p.key !== 'turbinesReported');
  const outside = reported.find((p) => p.key === 'estimated');
  return (
    <section className="section" aria-labelledby="bottom-up-heading">
      <h2 id="bottom-up-heading">A check from the chips: GPUs × power × overhead</h2>
      <p className="section-intro">
        Another way to size the facility: count its GPUs, multiply by the power each draws, and add the cooling and other overhead with the
        power usage effectiveness (PUE: the whole facility&apos;s power ÷ its computers&apos; power). Each GPU model is counted at its own
        power: the chip alone, and a whole server with its processors and networking, per GPU. PUE: <Figure q={b.pue} />{' '}
        <RangeNote q={b.pue} />. <SourceCites ids={b.pue.sourceIds} />
      </p>
      <ul className="facts">
        {b.gpuModels.map((g) => (
          <li key={g.model}>
            <strong>{g.model}:</strong> up to <Figure q={g.boardPowerKw} /> for the chip (<Provenance q={g.boardPowerKw} inline />
            ); about <Figure q={g.systemPowerKw} /> for a whole server, per GPU (<Provenance q={g.systemPowerKw} inline />
            ).
          </li>
        ))}
      </ul>
      <figure className="chart-figure" aria-labelledby="gpu-chart-caption">
        <figcaption id="gpu-chart-caption">
          <strong>GPUs (graphics processors) at the site</strong> (data: the first two columns of the table below)
        </figcaption>
        <p className="chart-summary">{overview.growthSummary.gpus}</p>
        {gpus === undefined ? null : (
          <>
            <ResponsiveStepChart {...gpus} />
            <EmbedThis chart="gpus" facilityId={detail.facility.id} query={overview.scenarioQuery} title={gpus.heading} height={520} />
          </>
        )}
      </figure>
      <ScrollTable id="bottom-up-table-caption" title={<>Bottom-up power at each GPU count, with the date and event of each count</>}>
        <thead>
          <tr>
            <th scope="col">GPU count</th>
            <th scope="col">GPUs</th>
            <th scope="col">Chips alone</th>
            <th scope="col">Whole servers</th>
            <th scope="col">Whole facility (× PUE)</th>
          </tr>
        </thead>
        <tbody>
          {b.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                <span className="event-desc">
                  {' '}
                  {r.models.length > 0 ? `${r.models.join(', ')}. ` : 'Not broken down by GPU model. '}
                  <SourceCites ids={r.gpus.sourceIds} />
                </span>
              </th>
              <td className="num">
                <Figure q={r.gpus} /> <RangeNote q={r.gpus} />
              </td>
              <td className="num">
                <Figure q={r.gpuOnlyMw} />
              </td>
              <td className="num">
                <Figure q={r.computersMw} /> <RangeNote q={r.computersMw} />
              </td>
              <td className="num">
                <Figure q={r.facilityMw} /> <RangeNote q={r.facilityMw} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {last && bottomUp ? (
        <>
          <figure className="chart-figure" aria-labelledby="bottom-up-chart-caption">
            <figcaption id="bottom-up-chart-caption">
              <strong>Bottom-up estimate beside the reported figures</strong> (megawatts; whiskers: the range)
            </figcaption>
            <ResponsiveBarChart {...bottomUp} />
            <EmbedThis chart="bottomup" facilityId={detail.facility.id} query={overview.scenarioQuery} title={bottomUp.heading} />
          </figure>
          <HowWeGotThis q={last.facilityMw} summary="How we got the bottom-up estimate" />
        </>
      ) : null}
      <p className="footnote">
        Caveats: the figures per GPU are NVIDIA&apos;s maximum ratings, and a facility does not run every GPU at full power all the time. A
        count that its source did not break down by GPU model cannot be turned into power this way, and is shown as not known.
        {outside ? (
          <>
            {' '}
            The independent estimate is its analysts&apos; own, from imagery and reports, not from the GPU count.{' '}
            <Provenance q={outside.power} inline />
          </>
        ) : null}
      </p>
    </section>
  );
}
