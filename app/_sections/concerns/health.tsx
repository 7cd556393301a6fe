/**
 * Concerns page, health: the answer first (dollars and deaths a year for the view's tons, in round
 * numbers), EPA's decision beside it, the tons scenarios as links, and where the figures disagree; the
 * working follows (health-working.tsx). For a site that burns no gas, nothing: its overview links to the plant.
 */
import { type ConcernsDetail, lowerFirst } from '@/lib/pages/concerns';
import { CONCERNS_HEADINGS, shows } from '@/lib/pages/concerns-top';
import { SHOWN_CAVEATS, type TonsLink } from '@/lib/pages/concerns-health';
import type { SiteHealth } from '@/lib/health/model';
import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';

import { Figure, HowWeGotThis, Provenance, RatioWords } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';
import { HealthWorking } from '@/app/_sections/concerns/health-working';

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "a, b and c". */
const inList = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1) ?? ''}`);

/** Round numbers a resident can repeat: two significant figures, said "about". */
const ROUND = { significantFigures: 2 } as const;

/** A figure of the answer in round numbers. */
export function Round({ q }: { q: Quantity }) {
  return <Figure q={q} range="inline" style={ROUND} />;
}

/** The answer in one sentence, for the view's tons. */
export function HealthSentence({ site }: { site: SiteHealth }) {
  return (
    <>
      About{' '}
      <strong>
        <Round q={site.damage.range} />
      </strong>{' '}
      in health damage, and about{' '}
      <strong>
        <Figure q={site.deaths.range} range="inline" style={ROUND} bare /> premature deaths a year
      </strong>{' '}
      (our inference), if the turbines emit what <q>{site.scenario.label}</q> says.
    </>
  );
}

/** When the scenario's tons are dated: each date its figures give, once. */
function scenarioDates(site: SiteHealth): string {
  const dates = [...new Set(site.tons.flatMap((t) => (t.tons.asOf ? [t.tons.asOf] : [])))];
  return dates.map((d) => formatDate(d)).join(', ');
}

function ScenarioLinks({ links }: { links: TonsLink[] }) {
  return (
    <ul className="tons-links">
      {links.map((l) => (
        <li key={l.kind}>
          <a href={l.href} aria-current={l.current ? 'true' : undefined} hrefLang="en">
            {l.label}
          </a>
          {l.current ? <strong> (shown)</strong> : null}
          {l.isDefault ? ' (the default)' : null}: {l.saidBy}.
          {l.confirmed ? null : (
            <>
              {' '}
              <strong>Reported, not confirmed</strong>: reported by {l.reportedBy}.
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function EpaDecision({ site }: { site: SiteHealth }) {
  const e = site.context.epaDecision;
  return (
    <aside className="health-epa" aria-label="EPA's decision of January 2026">
      <p>
        <strong>But EPA no longer uses these dollars.</strong> On {formatDate(e.date)} EPA stopped putting dollars on fine particles and
        ozone in its own rules, starting with the rule for gas turbines like these (Federal Register document {e.frDocument}). In its own
        words: <q>{e.quotation}</q> ({e.attributedTo}).
      </p>
      <p>
        {e.whatItMeans} <SourceCites ids={e.sourceIds} />
      </p>
    </aside>
  );
}

function Disputes({ site, detail }: { site: SiteHealth; detail: ConcernsDetail }) {
  const caveat = (id: string) => site.context.caveats.find((c) => c.id === id);
  const ground = caveat(SHOWN_CAVEATS[0]);
  const studies = detail.answer.studies;
  return (
    <ul>
      <li>
        <strong>EPA&apos;s decision and these dollars</strong>, side by side above: the values per ton are EPA&apos;s own published ones;
        EPA no longer applies them in its rules.
      </li>
      {site.spread ? (
        <li>
          <strong>The tons.</strong> The scenarios&apos; NOx runs from <Figure q={site.spread.lowest.quantity} /> ({site.spread.lowest.name}
          ) to <Figure q={site.spread.highest.quantity} /> ({site.spread.highest.name}):{' '}
          <RatioWords q={site.spread.times} of="the lowest" />. A permit&apos;s cap is a legal ceiling, a potential what the equipment could
          emit all year, a model or a satellite an estimate; none is a measurement of a year.
          <HowWeGotThis q={site.spread.times} />
        </li>
      ) : null}
      {ground ? (
        <li>
          <strong>National averages and the local model.</strong> {ground.text}
          {site.crossCheck && site.crossCheck.total.kind === 'known' ? (
            <>
              {' '}
              For these tons, the site&apos;s own grid cells give <Figure q={site.crossCheck.total} /> (fine particles only), against{' '}
              <Figure q={site.damage.cases.central.total} /> in the central case.
            </>
          ) : null}{' '}
          <SourceCites ids={ground.sourceIds} />
        </li>
      ) : null}
      {studies.length > 1 ? (
        <li>
          <strong>The air itself.</strong> {upperFirst(inList(studies.map((s) => lowerFirst(s.by))))} do not agree on how much worse the air
          near the site is; who says what is{' '}
          {shows(detail.contents, 'disagreements') ? (
            <a href={`#${CONCERNS_HEADINGS.disagreements.id}`}>under &ldquo;{CONCERNS_HEADINGS.disagreements.title}&rdquo;</a>
          ) : (
            <a href={`#${CONCERNS_HEADINGS.answer.id}`}>at the top of this page</a>
          )}
          . The dollars here rest on tons, not on those studies.
        </li>
      ) : null}
    </ul>
  );
}

/** The damage beside the electricity the turbines make, and what a kWh costs in the state. */
function PerKwhSentence({ site }: { site: SiteHealth }) {
  const e = site.electricity;
  if (e === undefined) return null;
  return (
    <p>
      Beside the electricity: spread over what the turbines make at their permitted output (
      <Figure q={e.turbinesMw.quantity} range="inline" />
      ), that is about <Round q={e.perKwh} />.{' '}
      {e.price.kind === 'known' && e.priceIn2025 !== undefined && e.shareOfPrice !== undefined ? (
        <>
          Industrial customers in {e.state} paid <Figure q={e.price} range="inline" /> on average in {formatDate(e.price.asOf)}, or{' '}
          <Round q={e.priceIn2025} />. The damage is about <Round q={e.shareOfPrice} /> of the price, a cost that falls on the people
          downwind, not on whoever buys the power.
        </>
      ) : (
        <>The price industrial customers pay in {e.state} was not found in the sources read.</>
      )}
    </p>
  );
}

export function HealthDamage({ detail }: { detail: ConcernsDetail }) {
  const { site, links } = detail.healthDamage;
  if (site.kind !== 'site' || !shows(detail.contents, 'healthDamage')) return null;
  const heading = CONCERNS_HEADINGS.healthDamage;
  return (
    <section className="section health-damage" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <div className="health-answer">
        <div>
          <p className="answer-short">
            <HealthSentence site={site} />
          </p>
          <p>
            That is about <Round q={site.perHousehold} /> for each household in {site.place.region} (
            <Round q={site.perResident} />
            ), though the harm falls across the region downwind. The dollars are EPA&apos;s published values per ton applied to these tons;
            the deaths are those dollars ÷ the value EPA puts on a statistical life. <Provenance q={site.damage.range} inline />
          </p>
          <PerKwhSentence site={site} />
        </div>
        <EpaDecision site={site} />
      </div>
      <h3>Whose tons?</h3>
      <p>
        Shown: <strong>{site.scenario.label}</strong>, said by {site.scenario.saidBy} ({scenarioDates(site)}).{' '}
        {upperFirst(site.scenario.basis)}.
        {site.scenario.confirmed ? null : (
          <>
            {' '}
            <strong>Reported, not confirmed</strong>: reported by {site.scenario.reportedBy}.
          </>
        )}{' '}
        {site.scenario.kind === site.defaultKind ? <>It is the default: {site.whyDefault}</> : null}
      </p>
      <p>Choose other tons (the dollars and deaths follow; the other settings of this view stay as they are):</p>
      <ScenarioLinks links={links} />
      <h3>Where the figures disagree</h3>
      <Disputes site={site} detail={detail} />
      <HealthWorking site={site} />
      <p className="footnote">
        The method, its limits and what was not found: <a href="/methodology#health">Methodology, health</a>.
      </p>
    </section>
  );
}
