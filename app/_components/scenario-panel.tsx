import Link from 'next/link';

import { describeScenario, type Overview } from '@/lib/pages/overview';
import { LOAD_FACTOR, PUE, WATER_CASES } from '@/lib/scenario/scenario';
import { siteUrl, withQuery } from '@/lib/pages/site';

import { DataLinks } from './data-links';

const WATER_LABELS: Record<(typeof WATER_CASES)[number], string> = {
  expected: 'Expected demand (sources’ range)',
  high: 'Highest figure sources give',
  recycling: 'Recycling plant supplies the cooling water',
};

/**
 * What the page shows, a link that reproduces it, and a plain GET form to change it.
 * The form works without JavaScript; submitting it gives the share link.
 */
export function ScenarioPanel({ overview, path }: { overview: Overview; path: string }) {
  const s = overview.scenario;
  const ctx = overview.scenarioContext;
  const isDefault = overview.scenarioQuery === '';
  const share = `${siteUrl()}${withQuery(path, overview.scenarioQuery)}`;
  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="scenario-heading">
        What this page shows
      </h2>
      <p className="scenario-showing">
        <strong>Showing:</strong> {describeScenario(overview).join('; ')}.{' '}
        {isDefault ? (
          <span>These are the site&apos;s defaults.</span>
        ) : (
          <Link href={path} className="no-print">
            Back to the defaults
          </Link>
        )}
      </p>
      <p className="scenario-link">
        Link to exactly this view: <a href={withQuery(path, overview.scenarioQuery)}>{share}</a>
      </p>
      <DataLinks facilityId={overview.facility.id} query={overview.scenarioQuery} />
      <details className="scenario-form no-print">
        <summary>Change the what-if settings</summary>
        <form method="get" action={path}>
          <div className="field">
            <label htmlFor="f-date">The facility as of (date)</label>
            <input
              id="f-date"
              name="date"
              type="text"
              inputMode="numeric"
              pattern="\d{4}-\d{2}-\d{2}"
              placeholder="YYYY-MM-DD"
              autoComplete="off"
              defaultValue={s.date ?? ''}
              aria-describedby="f-date-help"
            />
            <p id="f-date-help" className="help">
              Leave empty for the latest figures. A date from {ctx.firstDate} to {ctx.lastDate}, written year-month-day (YYYY-MM-DD).
            </p>
          </div>
          <div className="field">
            <label htmlFor="f-load">Load factor</label>
            <input
              id="f-load"
              name="loadFactor"
              type="number"
              inputMode="decimal"
              step="0.01"
              min={LOAD_FACTOR.min}
              max={LOAD_FACTOR.max}
              defaultValue={s.loadFactor}
              aria-describedby="f-load-help"
            />
            <p id="f-load-help" className="help">
              The facility&apos;s average power as a share of each figure: 1 means running flat out all year; 0.8 means 80% on average.
            </p>
          </div>
          <div className="field">
            <label htmlFor="f-household">Compare with</label>
            <select id="f-household" name="household" defaultValue={s.household}>
              {overview.place.householdBaselines.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-water">On-site water</label>
            <select id="f-water" name="water" defaultValue={s.water}>
              {WATER_CASES.map((w) => (
                <option key={w} value={w}>
                  {WATER_LABELS[w]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-pue">Power usage effectiveness (PUE) for the bottom-up check</label>
            <input
              id="f-pue"
              name="pue"
              type="number"
              inputMode="decimal"
              step="0.01"
              min={PUE.min}
              max={PUE.max}
              defaultValue={s.pue ?? ''}
              aria-describedby="f-pue-help"
            />
            <p id="f-pue-help" className="help">
              Leave empty for the sourced range. The whole facility&apos;s power ÷ its computers&apos; power.
            </p>
          </div>
          <button type="submit">Show</button>
        </form>
      </details>
    </section>
  );
}
