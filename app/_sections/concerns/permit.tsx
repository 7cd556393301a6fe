/** Concerns page: what the air permit allows. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { headingOf } from '@/lib/pages/concerns-top';
import { formatDate } from '@/lib/core/format';

import { ScrollTable } from '@/app/_components/facility-page';
import { Figure } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

export function Permit({ detail }: { detail: ConcernsDetail }) {
  const heading = headingOf(detail.contents, 'permit');
  const p = detail.concerns.permit;
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        On {formatDate(p.issuedOn)} the {p.issuedBy} issued an {p.kind} for <Figure q={p.units} />
        {p.expiresOn ? `, valid until ${formatDate(p.expiresOn)}` : ' (its term was not found)'}. It caps what they may emit together in a
        year, in tons of 2,000 lb. <SourceCites ids={p.sourceIds} />
      </p>
      <ScrollTable id="permit-table-caption" title={<>The permit&apos;s yearly emission caps</>}>
        <thead>
          <tr>
            <th scope="col">Pollutant</th>
            <th scope="col">Cap, tons a year</th>
          </tr>
        </thead>
        <tbody>
          {p.limits.map((l) => (
            <tr key={l.pollutant}>
              <th scope="row">{l.pollutant}</th>
              <td className="num">
                <Figure q={l.tonsPerYear} range="inline" />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
