/**
 * Concerns page, health: the working behind the answer. The tons of each pollutant, the dollars per ton
 * of each case with who published them, the damage and deaths of each case, and the tons set against
 * the area's largest sources; long parts folded, printed open.
 */
import { CASES } from '@/lib/data/schemas/health';
import type { SiteHealth } from '@/lib/health/model';
import { formatDate, formatNumber } from '@/lib/core/format';

import { ScrollTable } from '@/app/_components/facility-page';
import { AsOf, Figure, HowWeGotThis, Provenance, RatioWords } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

const CASE_NAMES = { low: 'Low case', central: 'Central case', high: 'High case' } as const;
const EFFECTS = { 'PM2.5': 'fine particles', ozone: 'ozone' } as const;

function Tons({ site }: { site: SiteHealth }) {
  return (
    <ScrollTable id="health-tons-title" title={<>Tons a year of each pollutant: {site.scenario.label}</>} stack>
      <thead>
        <tr>
          <th scope="col">Pollutant</th>
          <th scope="col">Tons a year</th>
          <th scope="col">Scaled by the hours run?</th>
        </tr>
      </thead>
      <tbody>
        {site.tons.map((t) => (
          <tr key={t.pollutant}>
            <th scope="row">
              {t.pollutant}
              <span className="event-desc">
                <Provenance q={t.tons} inline />
              </span>
            </th>
            <td className="num" data-label="Tons a year">
              <Figure q={t.tons} range="inline" />
              {t.scaled ? <HowWeGotThis q={t.tons} /> : null}
            </td>
            <td data-label="Scaled by the hours run?">
              {t.scaled
                ? `Yes: a rate × the hours run (load factor ${site.loadFactor.kind === 'known' ? site.loadFactor.value : '?'} × 8,760 hours)`
                : 'No: a yearly figure, as given'}
              {t.note ? <span className="input-note"> {t.note}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Cases({ site }: { site: SiteHealth }) {
  return (
    <>
      <h4 className="health-cases-title">Health damage a year in each case: tons × dollars per ton (2025 dollars)</h4>
      <ul className="health-cases">
        {CASES.map((c) => {
          const d = site.damage.cases[c];
          return (
            <li key={c}>
              <strong>
                {CASE_NAMES[c]}: <Figure q={d.total} />, <Figure q={site.deaths.cases[c]} /> (inferred).
              </strong>{' '}
              <span className="input-note">{site.context.cases[c]}</span>
              <ul className="health-terms">
                {d.terms.map((t) => (
                  <li key={t.pollutant}>
                    <strong>{t.pollutant}</strong>: <Figure q={t.tons.quantity} /> × <Figure q={t.perTon.value} /> ={' '}
                    <Figure q={t.dollars} />. From{' '}
                    {t.perTon.records.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? ' plus ' : ''}
                        {r.scope.kind === 'place' ? `EASIUR, ${r.scope.where}` : `EPA, ${r.scope.sector}`}, {EFFECTS[r.effects]}: $
                        {formatNumber(r.dollars)} per {r.per} in {r.dollarYear} dollars
                        {r.discountRate === null ? '' : `, ${formatNumber(r.discountRate * 100)}% discount rate`} ({formatDate(r.asOf)},{' '}
                        <SourceCites ids={r.sourceIds} />)
                      </span>
                    ))}
                    .
                    <HowWeGotThis q={t.perTon.value} summary="To 2025 dollars (CPI-U)" />
                  </li>
                ))}
                {d.notPriced
                  .filter((n) => !site.context.notValued.some((x) => x.pollutant === n.pollutant))
                  .map((n) => (
                    <li key={n.pollutant}>
                      <strong>{n.pollutant}</strong>: not priced. {n.why}
                    </li>
                  ))}
              </ul>
              <p className="input-note">
                Deaths: <Figure q={d.total} /> ÷ <Figure q={site.context.vsl} /> (the value of a statistical life) ={' '}
                <Figure q={site.deaths.cases[c]} />.
              </p>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function AgainstSources({ site }: { site: SiteHealth }) {
  const a = site.againstSources;
  if (a === undefined) return null;
  const nox = site.tons.find((t) => t.pollutant === 'NOx');
  return (
    <>
      <p>
        <strong>NOx against the area&apos;s largest sources</strong> ({a.inventory.inventory}, {a.inventory.area}
        {a.inventory.reportedVia ? `, as ${a.inventory.reportedVia} reports it` : ''}): {nox ? <Figure q={nox.tons} /> : null}
        {a.rank === undefined ? '' : ` would rank ${a.rank === 1 ? 'first' : `number ${a.rank}`} of ${a.of + 1}`}.
      </p>
      <ul>
        {a.rows.map((r) => (
          <li key={r.name}>
            {r.name}: <Figure q={r.tons} /> (<AsOf q={r.tons} /> · <SourceCites ids={r.tons.sourceIds} />
            ); these tons are <RatioWords q={r.times} of="its NOx" />.
          </li>
        ))}
      </ul>
    </>
  );
}

export function HealthWorking({ site }: { site: SiteHealth }) {
  const v = site.context.vsl;
  return (
    <>
      <h3>The working</h3>
      <Tons site={site} />
      {site.scenario.turbines ? <p className="footnote">{site.scenario.turbines.why}</p> : null}
      {site.scenario.leftOut ? <p className="footnote">Left out: {site.scenario.leftOut}</p> : null}
      <Cases site={site} />
      {site.context.notValued.some((n) => site.tons.some((t) => t.pollutant === n.pollutant)) ? (
        <p className="footnote">
          Not priced in any case:{' '}
          {site.context.notValued
            .filter((n) => site.tons.some((t) => t.pollutant === n.pollutant))
            .map((n) => n.why)
            .join(' ')}
        </p>
      ) : null}
      <p className="footnote">
        Every value is brought to {site.context.dollarYear.year} dollars with CPI-U (its factor is shown under each value).{' '}
        {site.context.cpiCaveat} Premature deaths = damage ÷ the value of a statistical life, <Figure q={v} /> (
        <Provenance q={v} inline />
        ): an inference of this site, not a model&apos;s count.
      </p>
      {site.crossCheck && site.crossCheck.total.kind === 'known' ? (
        <p>
          <strong>Cross-check, the site&apos;s own grid cells (EASIUR, fine particles only, no ozone):</strong>{' '}
          <Figure q={site.crossCheck.total} /> ={' '}
          {site.crossCheck.terms.map((t, i) => (
            <span key={t.pollutant}>
              {i > 0 ? ' + ' : ''}
              {t.pollutant} <Figure q={t.tons.quantity} /> × <Figure q={t.perTon.value} />
            </span>
          ))}{' '}
          ({site.crossCheck.terms[0]?.perTon.label}
          {site.crossCheck.terms[0] ? (
            <>
              , <SourceCites ids={site.crossCheck.terms[0].perTon.records.flatMap((r) => r.sourceIds)} />
            </>
          ) : null}
          ). Shown beside the cases, never in them.
        </p>
      ) : null}
      <AgainstSources site={site} />
      <p>
        <strong>Per resident:</strong> <Figure q={site.perResident} range="inline" /> for each resident of {site.place.region}: the central
        case ÷ the county&apos;s residents, the low and high cases as the range.
        <HowWeGotThis q={site.perResident} />
      </p>
      <p>
        <strong>Per household:</strong> <Figure q={site.perHousehold} range="inline" /> for each household of {site.place.region}: the
        central case ÷ the county&apos;s households, estimated as its residents ÷ the state&apos;s persons per household (the Census
        Bureau&apos;s, no count of the county&apos;s own households having been found).
        <HowWeGotThis q={site.perHousehold} />
      </p>
      <PerKwh site={site} />
    </>
  );
}

/** The damage for each kWh the turbines make, with its working, and the state's price beside it in 2025 dollars. */
function PerKwh({ site }: { site: SiteHealth }) {
  const e = site.electricity;
  if (e === undefined) return null;
  return (
    <p>
      <strong>Per kWh:</strong> the turbines&apos; permitted output, <Figure q={e.turbinesMw.quantity} range="inline" />, run at the
      view&apos;s load factor makes <Figure q={e.energy} range="inline" />
      <HowWeGotThis q={e.energy} />; the damage for each kWh of it is <Figure q={e.perKwh} range="inline" />
      <HowWeGotThis q={e.perKwh} />. Beside it, the average industrial price in {e.state}: <Figure q={e.price} range="inline" />
      {e.priceIn2025 === undefined || e.shareOfPrice === undefined ? null : (
        <>
          , <Figure q={e.priceIn2025} range="inline" />
          <HowWeGotThis q={e.priceIn2025} />; the damage per kWh is <Figure q={e.shareOfPrice} range="inline" /> of it
          <HowWeGotThis q={e.shareOfPrice} />
        </>
      )}
      .
    </p>
  );
}
