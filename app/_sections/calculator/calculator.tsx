/**
 * /calculator: the form, and the result on the same route. The answer comes first (homes in the chosen
 * state, then by the U.S. home), then every figure with its arithmetic and sources, as on the facility
 * pages. The proposal's name is the reader's text: React writes it as text, never as markup.
 */
import './calculator.css';

import type { Proposal } from '@/lib/calculator/model';
import { baselineSourceIds, CALCULATOR_PATH, PACKET_PATH } from '@/lib/calculator/route';
import { calculatorQuery } from '@/lib/calculator/settings';
import { formatDate, formatRange } from '@/lib/core/format';
import { type KnownQuantity, type Quantity } from '@/lib/core/quantity';
import { getStatesFile } from '@/lib/data/load';
import { siteUrl, withQuery } from '@/lib/pages/site';

import { Figure, FigureItem, HowWeGotThis } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';
import { CalculatorForm } from './form';

/** An answer line: the figure, what it means, and its arithmetic folded below. */
function Answer({ q, range = false, children }: { q: Quantity; range?: boolean; children: React.ReactNode }) {
  return (
    <li className="calc-answer">
      <span className="calc-big">
        {/* "199,000 homes in Georgia…": the words say what the count is */}
        <Figure q={q} bare={q.unit === 'households'} range={range ? 'inline' : 'none'} />
      </span>{' '}
      {children}
      <HowWeGotThis q={q} />
    </li>
  );
}

function title(p: Proposal): string {
  const power = formatRange(p.power as KnownQuantity);
  return p.settings.name ? `“${p.settings.name}”: ${power} in ${p.state.name}` : `A ${power} data center in ${p.state.name}`;
}

function Result({ p }: { p: Proposal }) {
  const query = calculatorQuery(p.settings);
  const w = p.water;
  const g = p.gas;
  return (
    <section aria-labelledby="calc-result-heading" className="calc-result">
      <h2 id="calc-result-heading">{title(p)}</h2>
      <ul className="calc-answers">
        <Answer q={p.homesState}>
          homes in {p.state.name} use as much electricity in a year as this facility (by the state&apos;s average home,{' '}
          <Figure q={p.state.home.electricityKwhPerMonth} /> in {p.state.home.electricityKwhPerMonth.asOf}).
        </Answer>
        <Answer q={p.homesUs}>
          homes by the U.S. average home (<Figure q={p.us.home.electricityKwhPerMonth} />
          ).
        </Answer>
        <Answer q={p.shareOfStateHomes}>of {p.state.name}&apos;s residential electricity customers.</Answer>
        {p.shareOfPeak ? <Answer q={p.shareOfPeak}>of your utility&apos;s peak demand.</Answer> : null}
        {p.shareOfCustomers ? (
          <Answer q={p.shareOfCustomers}>of your utility&apos;s residential customers, in homes&apos; use.</Answer>
        ) : null}
        {w ? (
          <>
            {p.settings.water === 'average' ? (
              <Answer q={w.use} range>
                on site, if it used the U.S. data centers&apos; average water per kWh of its computers&apos; energy (LBNL); cooling without
                evaporation uses far less.
              </Answer>
            ) : null}
            <Answer q={w.homes}>
              homes in {p.state.name} use as much water at home (<Figure q={p.state.home.waterGallonsPerDay} /> a home).
            </Answer>
            <Answer q={w.shareOfStateSupply}>of all public-supply water drawn in {p.state.name} (USGS, 2015).</Answer>
            {w.shareOfSupply ? <Answer q={w.shareOfSupply}>of your water system&apos;s supply.</Answer> : null}
          </>
        ) : null}
        {g ? (
          <>
            <Answer q={g.nox}>of nitrogen oxides (NOx) from the gas turbines, by EPA&apos;s AP-42 factor.</Answer>
            <Answer q={g.co2}>of carbon dioxide (CO2) from the gas they burn (EIA&apos;s factor; not counted in the health damage).</Answer>
            <Answer q={g.damage.range} range>
              in health damage, by EPA&apos;s dollars per ton (the low to the high case).
            </Answer>
            <Answer q={g.deaths.range} range>
              {g.deaths.label}
            </Answer>
          </>
        ) : null}
      </ul>
      {p.references.length > 0 ? (
        <>
          <h3>Beside sites people have heard of</h3>
          <ul className="calc-references">
            {p.references.map((r) => (
              <li key={r.facilityId}>
                <a href={`/facilities/${r.facilityId}`}>{r.name}</a> in {r.place}: <Figure q={r.power} />, as independent analysts last
                estimated it ({formatDate(r.power.asOf)}), as much electricity in a year as <Figure q={r.homes} bare /> homes in{' '}
                {p.state.name}. <SourceCites ids={r.power.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="calc-links">
        <a href={withQuery(PACKET_PATH, query)}>The hearing packet (two printed pages)</a> · Download the result:{' '}
        <a href={withQuery(`${CALCULATOR_PATH}/data.csv`, query)} type="text/csv">
          CSV
        </a>{' '}
        ·{' '}
        <a href={withQuery(`${CALCULATOR_PATH}/data.json`, query)} type="application/json">
          JSON
        </a>
      </p>
      <p className="calc-share">
        Link to exactly this result: <a href={withQuery(CALCULATOR_PATH, query)}>{`${siteUrl()}${withQuery(CALCULATOR_PATH, query)}`}</a>
      </p>
      <h3>Every figure, with its date and sources</h3>
      <ul className="facts">
        {p.figures.map((f) => (
          <FigureItem key={f.id} label={f.label} q={f.q} range="note" />
        ))}
      </ul>
    </section>
  );
}

export function CalculatorView({ proposal }: { proposal: Proposal | undefined }) {
  const file = getStatesFile();
  return (
    <article className="calculator">
      <p className="eyebrow">Any town</p>
      <h1>A data center is proposed near you: what would it ask of your town?</h1>
      <p className="lede">
        Give the proposal&apos;s power in megawatts and, where you know them, its water and gas turbines. The calculator sets them against
        homes in your state and your own utility, with every formula and source shown, the same way this site counts xAI&apos;s sites in
        Memphis.
      </p>
      {proposal ? <Result p={proposal} /> : null}
      <CalculatorForm states={file.states} settings={proposal?.settings} />
      {proposal ? null : (
        <p className="calc-example">
          For example:{' '}
          <a href={`${CALCULATOR_PATH}?state=GA&mw=300&water=500000`}>a 300 MW data center in Georgia using 500,000 gallons a day</a>.
        </p>
      )}
      <section aria-labelledby="calc-baselines-heading" className="calc-baselines">
        <h2 id="calc-baselines-heading">The baselines and their years</h2>
        <p>
          A state&apos;s home: its residential electricity use per customer in {file.columns.electricityKwhPerMonth.asOf} (EIA), and its
          water at home, the gallons one person uses a day in {file.columns.waterGallonsPerPersonPerDay.asOf} (USGS) × the people in a home
          (Census Bureau, 2015–{file.columns.personsPerHousehold.asOf}). The U.S. home: EIA&apos;s{' '}
          {file.us.electricityKwhPerMonth.kind === 'known' ? file.us.electricityKwhPerMonth.asOf : ''} average. Customers are metered
          accounts, not households. Newer figures exist at the agencies; these are the latest complete tables we read.{' '}
          <SourceCites ids={baselineSourceIds()} />.
        </p>
      </section>
    </article>
  );
}
