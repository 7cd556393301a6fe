/** Power page, for a view dated before the facility's first power figure: what is not known yet, and where the first figure is. */
import Link from 'next/link';

import { formatDate } from '@/lib/core/format';
import type { PowerDetail, PowerNotYet } from '@/lib/pages/power';
import { publicPath, withQuery } from '@/lib/pages/site';

import { Figure, Provenance } from '@/app/_components/quantity';

export function NotYet({ detail, notYet }: { detail: PowerDetail; notYet: PowerNotYet }) {
  const f = detail.facility;
  const u = detail.place.utility.shortName;
  const path = publicPath(f.id, 'power');
  const first = notYet.first;
  return (
    <section className="section" aria-labelledby="not-yet-heading">
      <h2 id="not-yet-heading">No power figure yet on {formatDate(notYet.date)}</h2>
      <p className="section-intro">
        By {formatDate(notYet.date)}, no figure for {f.shortName}&apos;s power had been published: not its grid supply, not the
        company&apos;s own figure, not an independent estimate{f.kind === 'power plant' ? ', not a permit for its turbines' : ''}. The homes and
        the shares of {u} on this page are counted from such a figure, so for this date they are not known.
      </p>
      {first ? (
        <p>
          The first came {first.eventDate.length === 10 ? 'on' : 'in'} {formatDate(first.eventDate)}: {first.label.toLowerCase()},{' '}
          <Figure q={first.power} />.{' '}
          <Provenance q={first.power} inline /> See <Link href={withQuery(path, first.query)}>this page as it stood then</Link>, or{' '}
          <Link href={withQuery(path, notYet.latestQuery)}>with the latest figures</Link>.
        </p>
      ) : (
        <p>
          None has been published since. See <Link href={withQuery(path, notYet.latestQuery)}>this page with the latest figures</Link>.
        </p>
      )}
    </section>
  );
}
