/** Concerns page: the grid's CO2 for the same energy, by each rate side by side. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { headingOf, shows } from '@/lib/pages/concerns-top';

import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, Comparison, Figure, HowWeGotThis, RangeNote } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

export function GridComparison({ detail }: { detail: ConcernsDetail }) {
  if (!shows(detail.contents, 'grid')) return null;
  const heading = headingOf(detail.contents, 'grid');
  const g = detail.grid;
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        Power from the grid is not free of emissions either; they happen at power plants elsewhere. For the facility&apos;s{' '}
        {g.powerLabel.toLowerCase()} (<Figure q={g.power} />) at a load factor of {detail.overview.scenario.loadFactor}, a year&apos;s
        electricity is:
      </p>
      <ul className="comparisons">
        <Comparison q={g.energy}>of electricity</Comparison>
      </ul>
      <p>Two published rates turn that into carbon dioxide. They measure different things, so they are shown side by side, not averaged:</p>
      <ScrollTable
        id="grid-table-caption"
        title={<>Carbon dioxide of a year&apos;s grid electricity for the facility, by each rate</>}
        stack
      >
        <thead>
          <tr>
            <th scope="col">Rate, and what it counts</th>
            <th scope="col">Pounds per MWh</th>
            <th scope="col">Tons a year (2,000 lb)</th>
            <th scope="col">Metric tonnes a year</th>
          </tr>
        </thead>
        <tbody>
          {g.rows.map((r) => (
            <tr key={r.factor.id}>
              <th scope="row">
                {r.factor.label} ({r.factor.gas})
                <span className="event-desc">
                  {r.factor.basis}. <AsOf q={r.factor.lbPerMwh} /> · <SourceCites ids={r.factor.lbPerMwh.sourceIds} />
                </span>
                <span className="event-desc">
                  <HowWeGotThis q={r.tons} />
                </span>
              </th>
              <td className="num" data-label="Pounds per MWh">
                <Figure q={r.factor.lbPerMwh} />
              </td>
              <td className="num" data-label="Tons a year">
                <Figure q={r.tons} /> <RangeNote q={r.tons} />
              </td>
              <td className="num" data-label="Metric tonnes a year">
                <Figure q={r.tonnes} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        This is the grid&apos;s carbon dioxide for the energy, not the turbines&apos; own: no measured CO2 figure for the turbines was
        found. Change the load factor or the date in the settings to see the figure move.
      </p>
    </section>
  );
}
