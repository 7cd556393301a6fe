/**
 * The work behind the region page's answers: each site's figure with its date and source, what
 * was left out of a total and why, the arithmetic, and the baselines each answer is set against.
 */
import Link from 'next/link';

import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';
import type { RegionAnswers } from '@/lib/pages/answers';
import type { AreaModel } from '@/lib/pages/area';
import { publicPath } from '@/lib/pages/site';

import { ScrollTable } from '../../_components/facility-page';
import { AsOf, Figure, HowWeGotThese, Provenance } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

function Cell({ q }: { q: Quantity | undefined }) {
  if (q === undefined) return <span className="value-unknown">—</span>;
  return (
    <>
      <Figure q={q} range="inline" />
      {q.kind === 'known' ? (
        <span className="event-desc">
          <AsOf q={q} /> <SourceCites ids={q.sourceIds} />
        </span>
      ) : (
        <span className="event-desc value-unknown">{q.reason}</span>
      )}
    </>
  );
}

export function ElectricityDetail({ answers, notAdded }: { answers: RegionAnswers; notAdded: AreaModel['totals']['notAdded'] }) {
  const e = answers.electricity;
  const u = answers.utility;
  return (
    <section className="section" aria-labelledby="electricity">
      <h2 id="electricity">Electricity: the sites added up</h2>
      <p className="section-intro">
        Only like figures are added: each data center&apos;s latest outside estimate of its whole site&apos;s power, named with its date. No
        site&apos;s use is metered in public. Each site is set against an average home of its own state; at the U.S. average home the same
        power is more homes, because Southern homes use more electricity.
      </p>
      <ScrollTable id="electricity-table" title="Each data center's power, and the homes that use as much electricity in a year" stack>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Power (what it is)</th>
            <th scope="col">Homes with the same yearly use</th>
          </tr>
        </thead>
        <tbody>
          {e.parts.map((p) => (
            <tr key={p.site.facility.id}>
              <th scope="row">
                <Link href={publicPath(p.site.facility.id)}>{p.site.facility.shortName}</Link>
              </th>
              <td data-label="Power">
                <Figure q={p.q} /> ({p.what})
                <span className="event-desc">
                  <AsOf q={p.q} /> <SourceCites ids={p.q.sourceIds} />
                </span>
              </td>
              <td data-label="Homes">
                <Figure q={p.homes} /> of the {p.baseline.label}
              </td>
            </tr>
          ))}
          {e.leftOut.map((l) => (
            <tr key={l.site.facility.id}>
              <th scope="row">
                <Link href={publicPath(l.site.facility.id)}>{l.site.facility.shortName}</Link>
              </th>
              <td data-label="Power" colSpan={2}>
                Not added: {l.why} <SourceCites ids={l.sourceIds} />
              </td>
            </tr>
          ))}
          {e.total && e.homes && e.homesUs ? (
            <tr className="total-row">
              <th scope="row">All together</th>
              <td data-label="Power">
                <Figure q={e.total} />
              </td>
              <td data-label="Homes">
                <Figure q={e.homes} /> in {e.homesIn}; <Figure q={e.homesUs} /> of the {e.usBaseline.label}
              </td>
            </tr>
          ) : null}
        </tbody>
      </ScrollTable>
      {notAdded.map((n) => (
        <p className="context" key={n.site.facility.id}>
          <strong>Not added either:</strong> <Link href={publicPath(n.site.facility.id)}>{n.site.facility.shortName}</Link>, permitted to
          make {n.site.power.turbinesPermittedMw ? <Figure q={n.site.power.turbinesPermittedMw} /> : 'an unknown power'}: a power plant that
          makes power for {n.supplies.join(' and ')}, whose megawatts are counted once, at the data center.{' '}
          {n.site.power.turbinesPermittedMw ? <Provenance q={n.site.power.turbinesPermittedMw} inline /> : null}
        </p>
      ))}
      <h3 className="area-screen-only">Against the grid</h3>
      <ul className="facts area-screen-only">
        {e.asLargeAsPeak ? (
          <li>
            In size, the sites together are as large as <Figure q={e.asLargeAsPeak} /> of {u}&apos;s normal summer peak. That is a
            comparison of size only: most of the power does not come from {u}.
          </li>
        ) : null}
        {e.fromGrid ? (
          <li>
            {u}&apos;s grid supplies <Figure q={e.fromGrid.power} /> ({e.fromGrid.sites.join(' and ')}, grid power in service):{' '}
            <Figure q={e.fromGrid.ofPeak} /> of its normal summer peak. <Provenance q={e.fromGrid.power} inline />
          </li>
        ) : null}
        {e.supply.map((s) => (
          <li key={s.site.facility.id}>
            {s.words} <SourceCites ids={s.sourceIds} />
          </li>
        ))}
      </ul>
      <HowWeGotThese
        qs={([e.total, e.homes, e.homesUs, e.asLargeAsPeak, e.fromGrid?.ofPeak] as (Quantity | undefined)[]).filter(
          (q): q is Quantity => q !== undefined,
        )}
        summary="How we got these figures"
      />
    </section>
  );
}

export function WaterDetail({ answers }: { answers: RegionAnswers }) {
  const w = answers.water;
  const u = answers.utility;
  return (
    <section className="section" aria-labelledby="water">
      <h2 id="water">Water: gallons a day</h2>
      <p className="section-intro">
        Gallons a day is a flow: how much is drawn each day, here from the Memphis Sand aquifer that supplies all of Memphis. Each site is
        given by the latest figure of actual use on record; where the sources only expected a figure, it is shown beside it.
      </p>
      <ScrollTable id="water-table" title="Each site's water" stack>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Latest use on record</th>
            <th scope="col">Expected beside it</th>
          </tr>
        </thead>
        <tbody>
          {w.parts.map((p) => {
            const exp = w.expected.find((x) => x.site === p.site);
            return (
              <tr key={p.site.facility.id}>
                <th scope="row">
                  <Link href={publicPath(p.site.facility.id, 'water')}>{p.site.facility.shortName}</Link>
                </th>
                <td data-label="Latest use">
                  <Figure q={p.q} /> ({p.what}, {formatDate(p.q.asOf)})
                  <span className="event-desc">
                    <SourceCites ids={p.q.sourceIds} />
                  </span>
                </td>
                <td data-label="Expected">{exp ? <Cell q={exp.q} /> : '—'}</td>
              </tr>
            );
          })}
          {w.unknown.map((l) => (
            <tr key={l.site.facility.id}>
              <th scope="row">
                <Link href={publicPath(l.site.facility.id)}>{l.site.facility.shortName}</Link>
              </th>
              <td data-label="Latest use" colSpan={2}>
                <span className="value-unknown">Not known.</span> {l.why} <SourceCites ids={l.sourceIds} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {w.total ? (
        <ul className="facts">
          {w.homes && w.baseline ? (
            <li>
              <Figure q={w.total} /> is what <Figure q={w.homes} /> use at home in a day, at the {w.baseline.label}&apos;s{' '}
              <Figure q={w.baseline.waterGallonsPerDay} /> <Provenance q={w.baseline.waterGallonsPerDay} inline />
            </li>
          ) : null}
          {w.ofPumping ? (
            <li>
              It is <Figure q={w.ofPumping} range="inline" /> of what {u} pumps in a day for the whole city.
            </li>
          ) : null}
        </ul>
      ) : null}
      <HowWeGotThese qs={[...(w.homes ? [w.homes] : []), ...(w.ofPumping ? [w.ofPumping] : [])]} />
    </section>
  );
}

export function AirDetail({ answers }: { answers: RegionAnswers }) {
  const a = answers.air;
  const big = a.largestSources;
  return (
    <section className="section" aria-labelledby="air">
      <h2 id="air">Air: gas turbines and their nitrogen oxides</h2>
      <p className="section-intro">
        Gas turbines make power on site; burning gas gives off nitrogen oxides (NOx), which form smog. A permit caps what a site may emit;
        others have estimated what the turbines emit, or could. Each figure is given with who says it.
      </p>
      <ScrollTable id="turbines-table" title="Gas turbines at each site, by the latest count of each kind" stack>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Counted on site</th>
            <th scope="col">Seen running</th>
            <th scope="col">Permitted</th>
          </tr>
        </thead>
        <tbody>
          {a.turbines.map((t) => (
            <tr key={t.site.facility.id}>
              <th scope="row">
                <Link href={publicPath(t.site.facility.id, 'concerns')}>{t.site.facility.shortName}</Link>
              </th>
              <td data-label="Counted">
                <Cell q={t.onSite} />
              </td>
              <td data-label="Running">
                <Cell q={t.running} />
              </td>
              <td data-label="Permitted">
                <Cell q={t.permitted} />
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <ScrollTable id="nox-table" title="Tons of NOx a year: the permit's cap and the estimates, with who made each" stack>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Permitted (the cap)</th>
            <th scope="col">Estimated</th>
          </tr>
        </thead>
        <tbody>
          {a.nox.map((n) => (
            <tr key={n.site.facility.id}>
              <th scope="row">
                <Link href={publicPath(n.site.facility.id, 'concerns')}>{n.site.facility.shortName}</Link>
              </th>
              <td data-label="Permitted">{n.permitted ? <Cell q={n.permitted.q} /> : '—'}</td>
              <td data-label="Estimated">
                <ul className="plain">
                  {n.estimates.map((x) => (
                    <li key={x.label}>
                      <Figure q={x.q} range="inline" />: {x.label}
                      <span className="estimate-by">
                        {' '}
                        ({x.by}
                        {x.confidence === 'low' ? '; weak source' : ''})
                      </span>
                      .{' '}
                      <span className="event-desc">
                        <AsOf q={x.q} /> <SourceCites ids={x.q.sourceIds} />
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      {big ? (
        <div className="area-screen-only">
          <h3>For scale: the area&apos;s largest sources of NOx</h3>
          <p className="facts">
            The largest industrial sources in {big.area} in {big.inventory}, {big.reportedVia}:
          </p>
          <ul className="facts inline-list">
            {big.sources.map((s) => (
              <li key={s.name}>
                {s.name}: <Figure q={s.tonsPerYear} /> <Provenance q={s.tonsPerYear} inline />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
