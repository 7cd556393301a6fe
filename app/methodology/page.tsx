import type { Metadata } from 'next';
import Link from 'next/link';

import { ROUNDING_TOLERANCE } from '@/lib/claims/ledger';
import { getChangeLog, getFactors, listFacilities } from '@/lib/data/load';
import { formatDate, formatNumber } from '@/lib/core/format';
import { FEED_ALTERNATE_TYPES } from '@/lib/feeds/links';
import { LOAD_FACTOR, PUE, WATER_CASES } from '@/lib/scenario/scenario';
import { HOURS_PER_MONTH, HOURS_PER_YEAR, LITRES_PER_GALLON, MONTHS_PER_YEAR } from '@/lib/core/units';

import { TableBox } from '../_components/facility-page';
import { HealthMethod } from './health';
import { Provenance, RangeNote, Figure } from '../_components/quantity';

export const metadata: Metadata = {
  title: 'Methodology',
  description:
    'How every comparison on the site is computed: formulas, factors, the what-if settings and their defaults, and what is not known.',
  // a page's alternates replace the layout's: the feed is named again
  alternates: { canonical: '/methodology', types: FEED_ALTERNATE_TYPES },
};

export default function MethodologyPage() {
  const f = getFactors();
  const changes = getChangeLog().entries;
  const facility = listFacilities()[0];
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <p className="lede">
        Every figure on this site is either taken from a source, which is named beside it with its date, or computed from such figures. This
        page lists every formula and every setting. Each computed figure on the site also shows its own arithmetic under &ldquo;How we got
        this&rdquo;.
      </p>

      <h2 id="ranges">Ranges</h2>
      <p>
        Where sources disagree, or a source gives a range, a figure has a low and a high value as well as a central one. A computed range
        runs from the lowest to the highest value its inputs allow (interval arithmetic): for a ratio a ÷ b, from a&apos;s low ÷ b&apos;s
        high to a&apos;s high ÷ b&apos;s low. Computed figures are rounded to three significant figures (shares and kilowatts to two).
      </p>

      <h2 id="power">Power and homes</h2>
      <ul>
        <li>
          <strong>A home&apos;s yearly use</strong> = its monthly use × {MONTHS_PER_YEAR}.
        </li>
        <li>
          <strong>A home&apos;s average power</strong> = its yearly use ÷ {formatNumber(HOURS_PER_YEAR)} hours.
        </li>
        <li>
          <strong>Homes, by power</strong> = the facility&apos;s MW × 1,000 ÷ a home&apos;s average kW.
        </li>
        <li>
          <strong>Homes, by energy</strong> = the facility&apos;s MW × {formatNumber(HOURS_PER_YEAR)} hours × the load factor × 1,000 ÷ a
          home&apos;s yearly kWh. At a load factor of 1 the two methods agree.
        </li>
        <li>
          <strong>Share of the utility</strong> = the facility&apos;s MW ÷ the utility&apos;s load on an average day, normal summer peak or
          record peak. The load on an average day is a level (MLGW: about 2,000 MW), not a yearly mean; the share of the utility&apos;s
          energy is the facility&apos;s yearly energy ÷ the utility&apos;s yearly sales, on the Power page.
        </li>
        <li>
          <strong>Bottom-up check</strong> = for each GPU model, GPUs × power per GPU; their sum × PUE (facility power ÷ computer power).
          Per GPU:{' '}
          {f.gpuModels.map((g, i) => (
            <span key={g.model}>
              {i > 0 ? '; ' : ''}
              {g.model}: <Figure q={g.boardPowerKw} /> for the chip alone (<Provenance q={g.boardPowerKw} inline />
              ), <Figure q={g.systemPowerKw} /> for a whole server (<Provenance q={g.systemPowerKw} inline />)
            </span>
          ))}
          . PUE: <Figure q={f.powerUsageEffectiveness} /> <RangeNote q={f.powerUsageEffectiveness} />.{' '}
          <Provenance q={f.powerUsageEffectiveness} inline />
        </li>
        <li>
          <strong>What a bill pays for</strong> = the bill ÷ the price per kWh, ÷ {formatNumber(HOURS_PER_MONTH)} hours in an average month
          for an average power. The price is a state average, because the facility&apos;s tariff was not found.
        </li>
      </ul>

      <h2 id="water">Water</h2>
      <ul>
        <li>
          <strong>Homes or people</strong> = the facility&apos;s gallons a day ÷ a home&apos;s (or a person&apos;s) gallons a day at home.
        </li>
        <li>
          <strong>Share of the utility</strong> = the facility&apos;s gallons a day ÷ the utility&apos;s daily pumping, or its record day.
        </li>
        <li>
          <strong>A year at that rate</strong> = gallons a day × 365. A single day&apos;s figure (a peak day) is never scaled to a year.
        </li>
        <li>
          <strong>Water at the power plants</strong> = MW × 24 hours × the load factor × gallons per MWh. Consumption (water evaporated) and
          withdrawal (water taken, mostly returned) are kept apart. Litres are converted at {LITRES_PER_GALLON} litres per US gallon.
        </li>
      </ul>

      <h2 id="settings">What-if settings and their defaults</h2>
      <p>
        Each facility page takes these settings in its address, so a link shows exactly what its sender saw. Leave a setting out for its
        default. A setting the site does not know, or a value out of range, gets an error page that names it.
      </p>
      <TableBox labelledBy="settings">
        <table>
          <thead>
            <tr>
              <th scope="col">Setting</th>
              <th scope="col">Allowed</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">
                <code>date</code>
              </th>
              <td>a date (YYYY-MM-DD) from the facility&apos;s first event to the data&apos;s last update (its newest change-log entry)</td>
              <td>the latest event</td>
            </tr>
            <tr>
              <th scope="row">
                <code>loadFactor</code>
              </th>
              <td>
                {LOAD_FACTOR.min} to {LOAD_FACTOR.max}, at most 2 decimals: the facility&apos;s average power as a share of each figure
              </td>
              <td>{LOAD_FACTOR.default} (running at each figure all year: an upper bound)</td>
            </tr>
            <tr>
              <th scope="row">
                <code>household</code>
              </th>
              <td>a household baseline of the facility&apos;s place (for Memphis: mlgw, tennessee, us)</td>
              <td>the place&apos;s local baseline (for Memphis: mlgw, MLGW&apos;s typical home)</td>
            </tr>
            <tr>
              <th scope="row">
                <code>water</code>
              </th>
              <td>{WATER_CASES.join(', ')}</td>
              <td>expected (the sources&apos; figure and range)</td>
            </tr>
            <tr>
              <th scope="row">
                <code>pue</code>
              </th>
              <td>
                {PUE.min} to {PUE.max}, at most 2 decimals
              </td>
              <td>the sourced range</td>
            </tr>
          </tbody>
        </table>
      </TableBox>
      <p>
        Parameters that social networks and newsletters add to links (<code>utm_…</code>, <code>fbclid</code>, <code>gclid</code> and the
        like) are ignored.
      </p>
      {facility ? (
        <p>
          Example:{' '}
          <Link
            href={`/facilities/${facility.id}/power?loadFactor=0.8&household=tennessee`}
          >{`/facilities/${facility.id}/power?loadFactor=0.8&household=tennessee`}</Link>
        </p>
      ) : null}

      <h2 id="claims">How claims are checked</h2>
      <p>
        Each claim on a Claims page is checked by one rule, whoever made it. The claimed figure is first put in the unit of the data it
        describes; where no conversion exists (a figure in megawatts per hour against one in megawatts), the claim confuses two different
        quantities, and it is marked inconsistent as a unit error.
      </p>
      <ul>
        <li>
          <strong>Consistent</strong>: the claimed figure (or range) lies within the range of the data, widened by{' '}
          {formatNumber(ROUNDING_TOLERANCE * 100)}% on each side because claims are rounded. For a claim of &ldquo;more than X&rdquo;, the
          top of the data&apos;s range, widened the same way, must reach X.
        </li>
        <li>
          <strong>Inconsistent</strong>: outside that range, or a unit error.
        </li>
        <li>
          <strong>Cannot be checked</strong>: a figure the check needs is not known, or has no source. The arithmetic is still shown.
        </li>
      </ul>
      <p>
        Where the data holds several figures for the same thing (two estimates, three household baselines, the average day and the summer
        peak), the range runs across all of them, and each is also shown on its own with its own verdict. The verdicts are computed from the
        data files whenever the site is built, and a unit test changes an input and checks that the verdict follows.
      </p>
      <p>
        A Claims page groups its claims by who made them, in a fixed order: first what xAI, its leaders and the companies that rent its
        computing power say; then the utilities and public officials; then advocates; then the press, public records and online forums.
        Within a group the claims run by date, oldest first, so that they read in the order they were made. The grouping changes only where
        a claim is shown, never the rule it is held to, and the summary at the top of the page counts each group&apos;s verdicts from the
        verdicts themselves.
      </p>

      <HealthMethod />

      <h2 id="unknown">What is not known</h2>
      <p>
        Where a figure was looked for and not found, the site says so where the figure would be, and computes nothing from it. Among them:
        the facility&apos;s actual electric load and metered water use, its tariff, a current count of Memphis households, a recharge rate
        for the Memphis Sand aquifer, and the water used per MWh by the plants that supply TVA.
      </p>

      <h2 id="open-data">Open data</h2>
      <p>
        Every figure a facility&apos;s pages show can be downloaded as a CSV or JSON file, for any what-if settings: each figure with its
        range, unit, date, sources and their addresses, and for a computed figure its formula; an unknown figure has no value and gives the
        reason. The files take the same settings in the address as the pages (a bad one gets HTTP 400 with what is wrong), and say which
        settings they hold, when they were made, and their licence: CC BY 4.0, while each figure&apos;s own source keeps its terms. Each
        page links to the files for its view under &ldquo;Download the data&rdquo;; the README lists the columns.
      </p>
      {facility ? (
        <p>
          For example: <a href={`/facilities/${facility.id}/data.csv`}>{`/facilities/${facility.id}/data.csv`}</a> and{' '}
          <a href={`/facilities/${facility.id}/data.json?loadFactor=0.8`}>{`/facilities/${facility.id}/data.json?loadFactor=0.8`}</a>.
        </p>
      ) : null}

      <h2 id="currency">How current the data is</h2>
      <p>Each page gives up to three dates, and each means one thing:</p>
      <ul>
        <li>
          <strong>Data updated</strong> is the day we last changed the site&apos;s data: the newest entry in the change log below. It says
          when we last looked, not that nothing has happened since.
        </li>
        <li>
          <strong>Latest event on record</strong> is the newest dated event that any of our sources describes, at any site: a permit, a
          filing, an estimate. Anything after it is not in our data yet.
        </li>
        <li>
          <strong>Records for a site end</strong> is the newest dated event on record for that one site, given where it is earlier than the
          latest event: the site&apos;s figures may be older than the rest.
        </li>
      </ul>

      <h2 id="decisions">What&apos;s next: decisions and their dates</h2>
      <p>
        The <Link href="/next">What&apos;s next</Link> page lists the decisions still to come about the sites: who decides, the date where a
        source gives one, and how residents can take part where a source says how. Whether a date is still ahead is worked out from the
        calendar in Memphis (Central time) when the page is drawn, never typed into the data. A date that passes with no outcome in our data
        stays on the list, marked &ldquo;date passed; outcome not yet in our data&rdquo;, until the outcome is added. A date given only as a
        month (&ldquo;by the end of March 2027&rdquo;) counts as ahead until that month ends. Pages are kept in caches only until the next
        such date. A decision known only from reports we could not check against an original source is marked &ldquo;Reported, not
        confirmed&rdquo;, with who reports it.
      </p>

      <h2 id="changes">Change log of the data</h2>
      <p>
        Every change to the site&apos;s data, newest first. A corrected figure is listed with its value before and after.{' '}
        {changes.some((c) => c.kind === 'corrected')
          ? null
          : 'No published figure has been corrected yet; additions are listed so that a reader can see when each part of the data appeared.'}
      </p>
      <ol className="change-log">
        {changes.map((c, i) => (
          <li key={i}>
            <strong>{`${formatDate(c.date)}, ${c.kind}.`}</strong> {c.summary}
            {c.kind === 'corrected' ? ` Before: ${c.before}. After: ${c.after}.` : null}{' '}
            <span className="source-accessed">{`(${c.files.join(', ')})`}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}
