/** Concerns page: every NOx and formaldehyde figure with who gave it, against the permit's cap. */
import type { ReactNode } from 'react';

import type { BarRow } from '@/app/_components/charts/bar-range-chart';
import { type ConcernsDetail, describeNox, type EmissionFigure } from '@/lib/pages/concerns';
import { headingOf } from '@/lib/pages/concerns-top';
import { formatDate, formatRange } from '@/lib/core/format';
import { sourceIdsOf } from '@/lib/core/quantity';

import { ResponsiveBarChart, type ResponsiveBarChartProps } from '@/app/_components/charts/responsive';
import { EmbedThis } from '@/app/_components/embed-this';
import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, Figure, HowWeGotThis, RatioWords } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

// a potential to emit is drawn as an estimate is: a figure of what the equipment emits, not a cap or a what-if
const TONE: Record<EmissionFigure['kind'], BarRow['tone']> = {
  'permit cap': 'reference',
  estimate: 'estimate',
  potential: 'estimate',
  'what-if': 'claim',
};

function noxBars(figures: EmissionFigure[]): BarRow[] {
  return figures.flatMap((e) => {
    const q = e.tonsPerYear;
    if (q.kind !== 'known') return [];
    const text = `${q.qualifier ? `${q.qualifier} ` : ''}${formatRange(q)} (${formatDate(q.asOf)})`;
    return [
      { label: e.label, value: q.value, low: q.low, high: q.high, text, tone: TONE[e.kind], sourceIds: sourceIdsOf([q]), asOf: q.asOf },
    ];
  });
}

/** The NOx chart as the concerns page draws it, and its files and embed (app/_embed/specs.ts). */
export function noxChart(detail: ConcernsDetail): ResponsiveBarChartProps {
  return {
    title: 'Bar chart of the NOx figures for the turbines, in tons a year',
    heading: `${detail.facility.shortName}: NOx from the turbines, the permit cap and estimates, in tons a year`,
    rows: noxBars(detail.nox),
  };
}

function EstimatesTable({
  id,
  title,
  figures,
  times,
}: {
  id: string;
  title: ReactNode;
  figures: EmissionFigure[];
  times?: ConcernsDetail['noxAgainstCap'];
}) {
  return (
    <ScrollTable id={id} title={title} stack>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Who gave it, and on what basis</th>
          <th scope="col">Tons a year</th>
          {times ? <th scope="col">Against the permit cap</th> : null}
        </tr>
      </thead>
      <tbody>
        {figures.map((e) => {
          const t = times?.find((x) => x.figure === e);
          return (
            <tr key={e.id}>
              <th scope="row">
                {e.label}
                <span className="event-desc">
                  <AsOf q={e.tonsPerYear} /> · <SourceCites ids={e.tonsPerYear.sourceIds} />
                </span>
              </th>
              <td data-label="Who, and on what basis">
                {e.estimatedBy}: {e.basis}.
                {e.confidence === 'low' ? <strong> Weak source: see its note in the list of sources.</strong> : null}
              </td>
              <td className="num" data-label="Tons a year">
                <Figure q={e.tonsPerYear} range="inline" />
              </td>
              {times ? (
                <td data-label="Against the permit cap">
                  {t ? (
                    <>
                      <RatioWords q={t.times} of="the cap" />
                      {/* not known only where the cap was not found, which the chart's summary above says once */}
                      {t.times.kind === 'known' ? <HowWeGotThis q={t.times} /> : null}
                    </>
                  ) : (
                    'the cap'
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

export function Emissions({ detail }: { detail: ConcernsDetail }) {
  const heading = headingOf(detail.contents, 'nox');
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        Nitrogen oxides (NOx) help form ground-level ozone (smog). No measured total for the site was found. What exists is the
        permit&apos;s cap and estimates by others, for different numbers of turbines, with and without controls; they are shown side by
        side, each with who made it.
      </p>
      <figure className="chart-figure" aria-labelledby="nox-chart-caption">
        <figcaption id="nox-chart-caption">
          <strong>NOx from the turbines: the permit cap and the estimates</strong> (tons a year; grey: the permit&apos;s cap; red: an
          estimate of what the turbines emitted; brown: what they would emit with controls; a bar runs to the lowest figure a source gives,
          its whisker to the highest)
        </figcaption>
        <ResponsiveBarChart {...noxChart(detail)} />
        <p className="chart-summary">{describeNox(detail)}</p>
        <EmbedThis chart="nox" facilityId={detail.facility.id} query={detail.overview.scenarioQuery} title={noxChart(detail).heading} />
      </figure>
      <EstimatesTable
        id="nox-table-caption"
        title={<>Every NOx figure, who gave it, and how it compares with the permit&apos;s cap</>}
        figures={detail.nox}
        times={detail.noxAgainstCap}
      />
      <p className="footnote">
        The multiples compare unlike things on purpose, to show the size of the gap: the cap and each estimate may count different numbers
        of turbines, run with or without emission controls; the table says what each figure counts.
      </p>
      {detail.formaldehyde.length > 0 ? (
        <>
          <h3>Formaldehyde</h3>
          <EstimatesTable
            id="formaldehyde-table-caption"
            title={<>Formaldehyde, one of the hazardous air pollutants: the cap and the estimate</>}
            figures={detail.formaldehyde}
          />
        </>
      ) : null}
    </section>
  );
}
