/** The way into each facility: what it is, its latest event, and the one figure it is compared by. */
import Link from 'next/link';

import { formatDate } from '@/lib/core/format';
import { sectionsFor } from '@/lib/pages/registry';
import { publicPath } from '@/lib/pages/site';
import type { Site } from '@/lib/pages/sites';

import { Figure, Provenance } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

export function AreaSites({ sites }: { sites: Site[] }) {
  return (
    <section className="section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">The sites</h2>
      <p className="section-intro">
        Each site has its own pages, with every figure and its arithmetic. <Link href="/facilities">See them side by side</Link>.
      </p>
      <div className="cards">
        {sites.map((s) => (
          <article className="card" key={s.facility.id} aria-labelledby={`site-${s.facility.id}`}>
            <h3 id={`site-${s.facility.id}`}>
              <Link href={publicPath(s.facility.id)}>{s.facility.shortName}</Link>
            </h3>
            <p className="card-desc">
              A {s.facility.kind}, {s.facility.address}. <SourceCites ids={s.facility.addressSourceIds} />
            </p>
            {s.headline ? (
              <p>
                {s.headline.label}: <Figure q={s.headline.q} /> <Provenance q={s.headline.q} inline />
              </p>
            ) : null}
            <p className="note">
              Latest event, {formatDate(s.latest.date)}: {s.latest.title}. <SourceCites ids={s.latest.sourceIds} />
            </p>
            <p className="note">
              Pages:{' '}
              {sectionsFor(s.facility.id).map((sec, i) => (
                <span key={sec.id}>
                  {i > 0 ? ' · ' : ''}
                  <Link href={publicPath(s.facility.id, sec.id)}>{sec.label}</Link>
                </span>
              ))}
            </p>
          </article>
        ))}
      </div>
    </section>
  );
}
