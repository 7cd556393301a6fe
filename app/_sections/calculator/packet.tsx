/**
 * /calculator/packet: the hearing packet, two printed pages (Letter or A4) of the same proposal as the
 * calculator: the numbers first, then the arithmetic of each, the settings, the numbered sources with their
 * addresses, and a QR code of the exact settings. The proposal's name is printed as text.
 */
import '../handout/handout.css';
import './calculator.css';

import type { Proposal } from '@/lib/calculator/model';
import { CALCULATOR_PATH, PACKET_PATH } from '@/lib/calculator/route';
import { calculatorQuery } from '@/lib/calculator/settings';
import { flattenDerivation } from '@/lib/core/derivation';
import { formatRange } from '@/lib/core/format';
import { type KnownQuantity, type Quantity, sourceIdsOf } from '@/lib/core/quantity';
import { dataUpdatedOn } from '@/lib/data/load';
import { formatDate } from '@/lib/core/format';
import { withQuery } from '@/lib/pages/site';

import { Cited, NumberedSources, PaperHead, Steps, viewUrl } from '../../_components/paper';

type Line = { q: Quantity | undefined; words: string };

function lines(p: Proposal): Line[] {
  const w = p.water;
  const g = p.gas;
  return [
    { q: p.homesState, words: `homes in ${p.state.name} use as much electricity in a year (${p.state.home.label})` },
    { q: p.homesUs, words: `homes by the U.S. average home (${p.us.home.label})` },
    { q: p.shareOfStateHomes, words: `of ${p.state.name}’s residential electricity customers` },
    { q: p.shareOfPeak, words: 'of your utility’s peak demand' },
    { q: p.shareOfCustomers, words: 'of your utility’s residential customers' },
    ...(p.settings.water === 'average' ? [{ q: w?.use, words: 'on site, at the U.S. average water per kWh of IT energy (LBNL)' }] : []),
    { q: w?.homes, words: `homes’ water at home in ${p.state.name}` },
    { q: w?.shareOfStateSupply, words: `of public-supply water drawn in ${p.state.name}` },
    { q: w?.shareOfSupply, words: 'of your water system’s supply' },
    { q: g?.nox, words: 'of NOx from the gas turbines (AP-42)' },
    { q: g?.co2, words: 'of CO2 from the gas they burn (EIA)' },
    { q: g?.damage.range, words: 'in health damage (the low to the high case)' },
    { q: g?.deaths.range, words: '(our inference: damage ÷ the value of a statistical life)' },
    ...p.references.map((r) => ({
      q: r.homes,
      words: `homes in ${p.state.name}, for ${r.name} at ${formatRange(r.power)}, as a reference`,
    })),
  ];
}

export async function PacketView({ proposal: p }: { proposal: Proposal }) {
  const query = calculatorQuery(p.settings);
  const url = viewUrl(withQuery(CALCULATOR_PATH, query));
  const shown = lines(p).filter((l): l is { q: Quantity; words: string } => l.q !== undefined);
  const order = sourceIdsOf(p.figures.map((f) => f.q));
  const worked = shown
    .map((l) => l.q)
    .filter(
      (q): q is KnownQuantity => q.kind === 'known' && q.derivation !== undefined && q.unit !== 'USD2025/yr' && q.unit !== 'deaths/yr',
    );
  // a figure shown rounded enters the next step as shown: the same formula, once with "≈", once with "=": listed once
  const seen = new Set<string>();
  const steps = flattenDerivation(worked).steps.filter((s) => !seen.has(s.formula) && seen.add(s.formula));
  const power = formatRange(p.power as KnownQuantity);
  const title = p.settings.name ? `“${p.settings.name}”` : `A proposed ${power} data center in ${p.state.name}`;
  return (
    <article className="handout calc-packet">
      <PaperHead
        kind="handout"
        title={title}
        where={`${power} in ${p.state.name}, at a load factor of ${p.loadFactor.value}; the calculator at the address on the right shows every step.`}
        url={url}
      >
        <p className="report-meta">
          Data updated {formatDate(dataUpdatedOn())}. Every figure comes from the sources numbered in brackets.{' '}
          <a className="no-print" href={withQuery(CALCULATOR_PATH, query)}>
            Back to the calculator
          </a>
        </p>
      </PaperHead>
      <section aria-labelledby="packet-answers">
        <h2 id="packet-answers">What it would ask of {p.state.name}</h2>
        <ul className="calc-answers">
          {shown.map((l) => (
            <li key={l.words} className="calc-answer">
              <span className="calc-big">
                <Cited
                  q={l.q}
                  order={order}
                  date={false}
                  range={l.q.unit.startsWith('USD') || l.q.unit === 'deaths/yr' || l.q.unit === 'gal/day' ? 'inline' : 'none'}
                />
              </span>{' '}
              {l.words}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="packet-working">
        <h2 id="packet-working">How each figure is worked out</h2>
        {/* every step once, in the order it is done: shared steps (the yearly energy, one home's kWh) are not repeated */}
        <Steps steps={steps} />
        {p.gas ? (
          <p className="packet-note">
            Health damage a year = Σ tons of each pollutant × EPA&apos;s dollars per ton, in a low, a central and a high case, in 2025
            dollars; premature deaths = damage ÷ the value of a statistical life. The working, pollutant by pollutant, is on the
            calculator&apos;s page at the address above.
          </p>
        ) : null}
        <p className="packet-note">
          Homes by electricity = MW × load factor × 8,760 hours × 1,000 kWh per MWh ÷ one home&apos;s kWh a year (its monthly use × 12).
          Each step enters the next as shown. EIA counts customers (metered accounts), not households.
        </p>
      </section>
      <NumberedSources ids={order} headingId="packet-sources" compact />
      <p className="handout-foot">
        Printed from <span className="source-url">{viewUrl(withQuery(PACKET_PATH, query))}</span>
      </p>
    </article>
  );
}
