import Link from 'next/link';

import type { Overview } from '@/lib/pages/overview';
import { LOAD_FACTOR, PUE, WATER_CASES } from '@/lib/scenario/scenario';
import { siteUrl, withQuery } from '@/lib/pages/site';

import { DataLinks } from './data-links';
import { describeSettings, type Setting, settingsInLink } from './scenario-settings';

const WATER_LABELS: Record<(typeof WATER_CASES)[number], string> = {
  reported: 'Latest reported use',
  expected: 'Expected demand (sources’ range)',
  high: 'Highest figure sources give',
  recycling: 'Recycling plant supplies the cooling water',
};

/**
 * What the page shows, a link that reproduces it, and a plain GET form to change it.
 * The form works without JavaScript; submitting it gives the share link.
 *
 * `settings` are the what-if settings that change this page for this facility (scenario-settings.ts):
 * only they are described and offered. Any other setting the link carries is kept, unseen, so that
 * the pages this one links to still show what the reader chose.
 */
export function ScenarioPanel({ overview, path, settings }: { overview: Overview; path: string; settings: readonly Setting[] }) {
  const s = overview.scenario;
  const ctx = overview.scenarioContext;
  const has = (k: Setting) => settings.includes(k);
  const plant = overview.facility.kind === 'power plant';
  const inLink = settingsInLink(overview);
  const kept = inLink.filter((p) => !has(p.name));
  const isDefault = inLink.length === 0;
  // every setting that changes the page is at its default; the link sets only others
  const shownDefault = kept.length === inLink.length;
  const share = `${siteUrl()}${withQuery(path, overview.scenarioQuery)}`;
  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="scenario-heading">
        What this page shows
      </h2>
      <p className="scenario-showing">
        <strong>Showing:</strong> {describeSettings(overview, settings).join('; ')}.{' '}
        {isDefault ? (
          <span>These are the site&apos;s defaults.</span>
        ) : shownDefault ? (
          <span>These are the site&apos;s defaults; the other settings in the link do not change this page.</span>
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
          {kept.map((p) => (
            <input key={p.name} type="hidden" name={p.name} value={p.value} />
          ))}
          {has('date') ? (
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
          ) : null}
          {has('loadFactor') ? (
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
                {plant
                  ? 'The plant’s average output as a share of each figure: 1 means generating flat out all year; 0.8 means 80% on average.'
                  : 'The facility’s average power as a share of each figure: 1 means running flat out all year; 0.8 means 80% on average.'}
              </p>
            </div>
          ) : null}
          {has('household') ? (
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
          ) : null}
          {has('water') ? (
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
          ) : null}
          {has('pue') ? (
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
          ) : null}
          <button type="submit">Show</button>
        </form>
      </details>
    </section>
  );
}
