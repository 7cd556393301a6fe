/** Concerns page: energy burden, the share of income spent on energy. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { headingOf, shows } from '@/lib/pages/concerns-top';

import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

export function EnergyBurden({ detail }: { detail: ConcernsDetail }) {
  if (!shows(detail.contents, 'burden')) return null;
  const heading = headingOf(detail.contents, 'burden');
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        Energy burden is the share of a household&apos;s income spent on electricity and gas bills; above about 6% is usually called high.
        Two studies, eight years apart, with different methods and areas; both give medians:
      </p>
      <ScrollTable
        id="burden-table-caption"
        title={<>Energy burden in {detail.place.name}: share of income spent on energy, and households with a high burden</>}
        stack
      >
        <thead>
          <tr>
            <th scope="col">Households</th>
            <th scope="col">Study, and what it measures</th>
            <th scope="col">Figure</th>
          </tr>
        </thead>
        <tbody>
          {detail.concerns.energyBurden.map((b) => (
            <tr key={`${b.study}-${b.label}`}>
              <th scope="row">
                {b.label} ({b.scope})
                <span className="event-desc">
                  <AsOf q={b.share} /> · <SourceCites ids={b.share.sourceIds} />
                </span>
              </th>
              <td data-label="Study, and what it measures">
                {b.study}: {b.measure}
              </td>
              <td className="num" data-label="Figure">
                <Figure q={b.share} range="inline" />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <p className="footnote">
        These describe bills before any change the facility may bring; how a large new customer affects other customers&apos; rates was not
        found in the sources.
      </p>
    </section>
  );
}
