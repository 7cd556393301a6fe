/** Power page: how many homes, counted by power and by energy for every household baseline. */
import type { PowerDetail } from '@/lib/pages/power';
import { describeSpread } from '@/lib/power/detail';

import { barFor } from '@/app/_components/bars';
import { ResponsiveBarChart } from '@/app/_components/charts/responsive';
import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, HowWeGotThis, RangeNote, Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

export function Households({ detail }: { detail: PowerDetail }) {
  const h = detail.households;
  const lf = detail.overview.loadFactor;
  const first = h.figures[0];
  return (
    <section className="section" aria-labelledby="homes-heading">
      <h2 id="homes-heading">How many homes? Two honest ways</h2>
      <p className="section-intro">
        <strong>By power:</strong> the facility&apos;s megawatts ÷ the average power one home draws over a year. <strong>By energy:</strong>{' '}
        what the facility would use in a year (MW × 8,760 hours × a load factor) ÷ what one home uses in a year. At a load factor of{' '}
        <Figure q={lf} />, as here, the two give the same answer; if the facility runs below its full power, the energy count is smaller in
        proportion. {lf.note}
      </p>
      <p>
        <strong>The answer depends on the home you compare with.</strong>{' '}
        {h.figures.map((f, i) => (
          <span key={f.key}>
            For <Figure q={f.power} /> ({f.label.toLowerCase()}), it runs {describeSpread(h.rows, i)}.{' '}
          </span>
        ))}
      </p>
      <ScrollTable
        id="homes-table-caption"
        title={
          <>Homes with the same electricity use, by household baseline ({h.figures.map((f) => `${f.label.toLowerCase()}`).join('; ')})</>
        }
      >
        <thead>
          <tr>
            <th scope="col">Baseline</th>
            <th scope="col">One home&apos;s use</th>
            <th scope="col">Its average power</th>
            {h.figures.map((f) => (
              <th scope="col" key={`p-${f.key}`}>
                <Figure q={f.power} /> by power
              </th>
            ))}
            {h.figures.map((f) => (
              <th scope="col" key={`e-${f.key}`}>
                <Figure q={f.power} /> by energy
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
                  {r.baseline.scope}. <AsOf q={r.baseline.electricityKwhPerMonth} />.{' '}
                  <SourceCites ids={r.baseline.electricityKwhPerMonth.sourceIds} />
                </span>
              </th>
              <td className="num">
                <Figure q={r.baseline.electricityKwhPerMonth} />
              </td>
              <td className="num">
                <Figure q={r.averageKw} />
              </td>
              {r.byPower.map((q, i) => (
                <td className="num" key={`p-${i}`}>
                  <Figure q={q} />
                </td>
              ))}
              {r.byEnergy.map((q, i) => (
                <td className="num" key={`e-${i}`}>
                  <Figure q={q} />
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">
              {h.ruleOfThumbOwner}&apos;s rule of thumb
              <span className="event-desc">
                {h.homesPerMw.kind === 'known' ? h.homesPerMw.note : null} <SourceCites ids={h.homesPerMw.sourceIds} />
              </span>
            </th>
            <td className="num" colSpan={2}>
              <Figure q={h.homesPerMw} /> <RangeNote q={h.homesPerMw} />
            </td>
            {h.ruleOfThumb.map((q, i) => (
              <td className="num" key={`r-${i}`}>
                <Figure q={q} /> <RangeNote q={q} />
              </td>
            ))}
            {h.figures.map((f) => (
              <td className="num" key={`n-${f.key}`}>
                <span className="value-unknown">not an energy figure</span>
              </td>
            ))}
          </tr>
        </tbody>
      </ScrollTable>
      {first ? (
        <figure className="chart-figure" aria-labelledby="homes-chart-caption">
          <figcaption id="homes-chart-caption">
            <strong>
              Homes with the same yearly electricity as <Figure q={first.power} /> running all year
            </strong>
            , by baseline (whiskers: the range of {h.ruleOfThumbOwner}&apos;s rule of thumb)
          </figcaption>
          <ResponsiveBarChart
            title={`Bar chart of homes equal to ${first.label.toLowerCase()}, by household baseline`}
            rows={[
              ...h.rows.flatMap((r) => barFor(r.baseline.label, r.byEnergy[0], 'facility')),
              ...barFor(`${h.ruleOfThumbOwner} rule of thumb`, h.ruleOfThumb[0], 'reference'),
            ]}
          />
        </figure>
      ) : null}
      {h.figures.map((f, i) => (
        <HowWeGotThis key={f.key} q={h.spread[i] ?? f.power} summary={`How we got the homes for ${f.label.toLowerCase()}`} />
      ))}
    </section>
  );
}
