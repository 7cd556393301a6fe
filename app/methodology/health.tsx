/** The Methodology page's health section: the formula, the three cases and why, dollars and deaths, the limits, what was not found, and EPA's decision. */
import { CASES } from '@/lib/data/schemas/health';
import { healthContext } from '@/lib/health/model';
import { formatDate } from '@/lib/core/format';

import { Figure, Provenance } from '../_components/quantity';
import { SourceCites } from '../_components/sources';

const CASE_NAMES = { low: 'Low case', central: 'Central case', high: 'High case' } as const;

export function HealthMethod() {
  const h = healthContext();
  const e = h.epaDecision;
  return (
    <>
      <h2 id="health">Health: tons, dollars and deaths</h2>
      <p>
        For a site that burns gas, the Concerns page puts dollars and premature deaths on its yearly tons. Choose the tons with the{' '}
        <code>tons</code> setting (the permit&apos;s caps, the operator&apos;s modelling, the advocates&apos; potential to emit, a satellite
        estimate, or this site&apos;s estimate from the turbines&apos; size); each says who gives it. A yearly cap or total is used as
        given; a rate becomes tons a year through the hours run (the load factor × 8,760 hours).
      </p>
      <ul>
        <li>
          <strong>Health damage a year</strong> = Σ over pollutants of tons a year × dollars per ton, in each of three cases. Each value per
          ton is taken as its publisher gives it (dollars of its own year, per short ton or per metric tonne), turned into dollars per short
          ton, then × the CPI-U factor (CPI-U of {h.dollarYear.year} ÷ CPI-U of the value&apos;s year). Why {h.dollarYear.year} dollars:{' '}
          {h.dollarYear.why} {h.cpiCaveat}
        </li>
        {CASES.map((c) => (
          <li key={c}>
            <strong>{CASE_NAMES[c]}:</strong> {h.cases[c]}
          </li>
        ))}
        <li>
          <strong>Premature deaths a year</strong> = damage ÷ the value of a statistical life, <Figure q={h.vsl} /> (
          <Provenance q={h.vsl} inline />
          ). <strong>This is an inference of this site</strong>, not a count from a model: EPA&apos;s dollars count illness too.
        </li>
        <li>
          <strong>Cross-check:</strong> the same tons × EASIUR&apos;s values for the site&apos;s own grid cells, fine particles only; shown
          beside the cases, never added to them. <strong>Per resident:</strong> central damage ÷ the county&apos;s residents, an
          illustration of scale. <strong>Per household:</strong> the same ÷ the county&apos;s households, estimated as its residents ÷ its
          state&apos;s persons per household (ACS 2015–2019), since no count of the county&apos;s own households was found.
        </li>
        <li>
          <strong>Per kWh:</strong> damage ÷ the electricity the turbines make at their permitted output over the view&apos;s hours (MW ×
          8,760 h × load factor × 1,000 kWh per MWh), set beside the state&apos;s average industrial price brought to 2025 dollars with
          CPI-U: the part of a kWh&apos;s cost that the people downwind bear and the buyer does not. It is a rate of harm, not a bill; a
          yearly cap run fewer hours makes each kWh carry more of it.
        </li>
      </ul>
      <h3>Its limits</h3>
      <ul>
        {h.caveats.map((c) => (
          <li key={c.id}>
            {c.text} {c.sourceIds.length > 0 ? <SourceCites ids={c.sourceIds} /> : null}
          </li>
        ))}
        <li>{h.ap42Caveat}</li>
      </ul>
      <h3>What was not found</h3>
      <ul>
        {h.notFound.map((n) => (
          <li key={n.what}>
            <strong>{n.what}.</strong> {n.why}
          </li>
        ))}
      </ul>
      <h3>Why the site shows dollars EPA no longer uses</h3>
      <p>
        On {formatDate(e.date)} EPA, in its final rule for stationary combustion turbines (Federal Register document {e.frDocument}, docket{' '}
        {e.docket}), said: <q>{e.quotation}</q> ({e.attributedTo}). {e.whatItMeans} The site shows them because EPA still publishes the
        values, because they are the common yardstick that earlier rules and studies used, and because a range with its limits said says
        more to a resident than no figure; EPA&apos;s decision is shown beside every such figure. <SourceCites ids={e.sourceIds} />
      </p>
    </>
  );
}
