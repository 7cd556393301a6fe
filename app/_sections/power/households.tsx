/** Power page: how many homes, counted by power and by energy for every household baseline. */
import { formatNumber, formatQuantity, formatValue } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import type { PowerDetail } from '@/lib/pages/power';
import { describeSpread } from '@/lib/power/detail';

import { barFor } from '@/app/_components/bars';
import { ResponsiveBarChart, type ResponsiveBarChartProps } from '@/app/_components/charts/responsive';
import { EmbedThis } from '@/app/_components/embed-this';
import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, Figure, HowWeGotThese, HowWeGotThis, Provenance, RangeNote, styleFor } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

/**
 * One figure's homes for one baseline: a single count where the two ways agree (a load factor of 1:
 * the count by energy, which the other pages give; the two differ there only in their rounding), else
 * each way on its own line. `byEnergy` undefined: a count that is not an energy figure.
 */
function Count({
  byPower,
  byEnergy,
  same,
  range = false,
}: {
  byPower: Quantity | undefined;
  byEnergy: Quantity | undefined;
  same: boolean;
  range?: boolean;
}) {
  if (byPower === undefined) return null;
  const power = (
    <>
      <Figure q={byPower} />
      {range ? <RangeNote q={byPower} lead /> : null}
    </>
  );
  if (same) return byEnergy === undefined ? power : <Figure q={byEnergy} />;
  return (
    <>
      <span className="by-way">
        <span className="by-way-label">by power</span> {power}
      </span>
      <span className="by-way">
        <span className="by-way-label">by energy</span>{' '}
        {byEnergy === undefined ? <span className="value-unknown">not an energy figure</span> : <Figure q={byEnergy} />}
      </span>
    </>
  );
}

/** "Grid power approved (150 MW)": a column's name, as the label a phone shows before each of its cells. */
function columnName(f: { label: string; power: Quantity }): string {
  if (f.power.kind !== 'known') return f.label;
  const q = f.power;
  return `${f.label} (${q.qualifier ? `${q.qualifier} ` : ''}${formatValue(q.value, q.unit, styleFor(q))})`;
}

/** "as much electricity as 58% of them use", or, past all of them, "about 1.9 times what all of them use". */
function SharePhrase({ q }: { q: Quantity }) {
  if (q.kind === 'known' && q.value >= 1)
    return <>about {formatNumber(q.value, { significantFigures: 2 })} times the electricity all of them use</>;
  return (
    <>
      as much electricity as <Figure q={q} /> of them use
    </>
  );
}

/** The chart of homes by baseline, as the power page draws it, and its files and embed (app/_embed/specs.ts). */
export function homesChart(detail: PowerDetail): ResponsiveBarChartProps | undefined {
  const h = detail.households;
  const first = h.figures[0];
  if (first === undefined || detail.notYet) return undefined;
  const same = detail.overview.scenario.loadFactor === 1;
  return {
    title: `Bar chart of homes equal to ${first.label.toLowerCase()}, by household baseline`,
    heading: `${detail.facility.shortName}: homes with the same yearly electricity as ${first.power.kind === 'known' && first.power.qualifier ? `${first.power.qualifier} ` : ''}${formatQuantity(first.power, styleFor(first.power))} ${same ? 'running all year' : `at a load factor of ${detail.overview.scenario.loadFactor}`}`,
    rows: [
      ...h.rows.flatMap((r) => barFor(r.baseline.label, r.byEnergy[0], 'facility')),
      ...(h.ruleOfThumb[0] ? barFor(`${h.ruleOfThumbOwner} rule of thumb`, h.ruleOfThumb[0], 'reference') : []),
    ],
  };
}

export function Households({ detail }: { detail: PowerDetail }) {
  const h = detail.households;
  const lf = detail.overview.loadFactor;
  const plant = detail.facility.kind === 'power plant';
  const it = plant ? 'the plant' : 'the facility';
  // at a load factor of 1 the two ways give the same count, and each cell gives it once
  const same = detail.overview.scenario.loadFactor === 1;
  const first = h.figures[0];
  const chart = homesChart(detail);
  return (
    <section className="section" aria-labelledby="homes-heading">
      <h2 id="homes-heading">How many homes? Two honest ways</h2>
      <p className="section-intro">
        <strong>By power:</strong> {it}&apos;s megawatts ÷ the average power one home draws over a year. <strong>By energy:</strong> what{' '}
        {it} would {plant ? 'generate' : 'use'} in a year (MW × 8,760 hours × a load factor) ÷ what one home uses in a year.{' '}
        {same ? (
          <>
            At a load factor of <Figure q={lf} />, as here, the two give the same answer (each rounded as shown, they may differ in the last
            figure), so the table gives one count for both, by energy; if {it} runs below its full power, the energy count is smaller in
            proportion.
          </>
        ) : (
          <>
            At a load factor of 1 the two would give the same answer; at <Figure q={lf} />, as here, the count by energy is{' '}
            <Figure q={lf} /> × the count by power.
          </>
        )}{' '}
        {lf.note}
      </p>
      <p>
        <strong>The answer depends on the home you compare with.</strong>{' '}
        {h.figures.map((f, i) => (
          <span key={f.key}>
            For <Figure q={f.power} /> ({f.label.toLowerCase()}), it runs {describeSpread(h.rows, i)}.{' '}
          </span>
        ))}
      </p>
      {h.shareOfHomes.map((s) => (
        <div className="context" key={s.baseline.id}>
          <p>
            <strong>
              The homes behind the {s.baseline.label}: <Figure q={s.homes} />
            </strong>{' '}
            (<Provenance q={s.homes} inline />
            ).{' '}
            {h.figures.map((f, i) => (
              <span key={f.key}>
                {i === 0 ? 'By the ' + s.baseline.label + ', ' : ''}
                {f.label.toLowerCase()} (<Figure q={f.power} />) is <SharePhrase q={s.shares[i] as Quantity} />
                {i === h.figures.length - 1 ? '.' : ';'}{' '}
              </span>
            ))}
          </p>
          <HowWeGotThese qs={s.shares} />
        </div>
      ))}
      <ScrollTable
        id="homes-table-caption"
        title={
          <>
            {plant ? 'Homes using as much electricity as the plant would generate' : 'Homes with the same electricity use'}, by household
            baseline and {h.figures.length === 1 ? 'figure' : 'each figure'}
            {/* the table's name: it leaves out the words "load factor", the name of the settings field, so that the two are not confused */}
            {same
              ? ' (running at each figure all year, so the count by power and the count by energy are the same)'
              : ' (each counted by power, and by energy)'}
          </>
        }
        stack
      >
        <thead>
          <tr>
            <th scope="col">Household baseline, and one home&apos;s electricity</th>
            {h.figures.map((f) => (
              <th scope="col" key={f.key}>
                {f.label}
                <span className="col-figure">
                  <Figure q={f.power} />
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {h.rows.map((r) => (
            <tr key={r.baseline.id}>
              <th scope="row">
                {r.baseline.label}
                <span className="event-desc">
                  <Figure q={r.baseline.electricityKwhPerMonth} />, an average of <Figure q={r.averageKw} /> over a year.
                </span>
                <span className="event-desc">
                  {r.baseline.scope}. <AsOf q={r.baseline.electricityKwhPerMonth} />.{' '}
                  <SourceCites ids={r.baseline.electricityKwhPerMonth.sourceIds} />
                </span>
              </th>
              {h.figures.map((f, i) => (
                <td className="num homes-count" key={f.key} data-label={columnName(f)}>
                  <Count byPower={r.byPower[i]} byEnergy={r.byEnergy[i]} same={same} />
                </td>
              ))}
            </tr>
          ))}
          {h.ruleOfThumb.length === 0 ? null : (
            <tr>
              <th scope="row">
                {h.ruleOfThumbOwner}&apos;s rule of thumb
                <span className="event-desc">
                  <Figure q={h.homesPerMw} />
                  <RangeNote q={h.homesPerMw} lead />: a count by power only, not by energy.
                </span>
                <span className="event-desc">
                  {h.homesPerMw.kind === 'known' ? h.homesPerMw.note : null} <SourceCites ids={h.homesPerMw.sourceIds} />
                </span>
              </th>
              {h.figures.map((f, i) => (
                <td className="num homes-count" key={f.key} data-label={columnName(f)}>
                  <Count byPower={h.ruleOfThumb[i]} byEnergy={undefined} same={same} range />
                </td>
              ))}
            </tr>
          )}
        </tbody>
      </ScrollTable>
      {first ? (
        <figure className="chart-figure" aria-labelledby="homes-chart-caption">
          <figcaption id="homes-chart-caption">
            <strong>
              Homes with the same yearly electricity as <Figure q={first.power} />{' '}
              {same ? 'running all year' : `at a load factor of ${detail.overview.scenario.loadFactor}`}
            </strong>
            , by baseline{h.ruleOfThumb.length > 0 ? <> (whiskers: the range of {h.ruleOfThumbOwner}&apos;s rule of thumb)</> : null}
          </figcaption>
          {chart === undefined ? null : (
            <>
              <ResponsiveBarChart {...chart} />
              <EmbedThis chart="homes" facilityId={detail.facility.id} query={detail.overview.scenarioQuery} title={chart.heading} />
            </>
          )}
        </figure>
      ) : null}
      {h.figures.map((f, i) => (
        <HowWeGotThis key={f.key} q={h.spread[i] ?? f.power} summary={`How we got the homes for ${f.label.toLowerCase()}`} />
      ))}
    </section>
  );
}
