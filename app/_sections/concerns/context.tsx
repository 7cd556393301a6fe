/** Concerns page: where the records disagree, the neighbourhood and its health context. */

import { type ConcernsDetail } from '@/lib/pages/concerns';
import { CONCERNS_HEADINGS, headingOf, shows } from '@/lib/pages/concerns-top';
import { formatDate } from '@/lib/core/format';
import type { SourcedStatement } from '@/lib/data/schemas/common';

import { FigureItem, HowWeGotThis } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';

function Statement({ s }: { s: SourcedStatement }) {
  return (
    <li>
      <strong>{s.topic}.</strong> {s.text} <span className="as-of">As of {formatDate(s.asOf)}</span> · <SourceCites ids={s.sourceIds} />
      {s.caveat ? <span className="input-note"> Caveat: {s.caveat}</span> : null}
    </li>
  );
}

export function Disagreements({ detail }: { detail: ConcernsDetail }) {
  if (!shows(detail.contents, 'disagreements')) return null;
  const h = headingOf(detail.contents, 'disagreements');
  return (
    <section className="section" aria-labelledby={h.id}>
      <h2 id={h.id}>{h.title}</h2>
      <ul className="facts">
        {detail.answer.studies.length > 1 ? (
          <li>
            <strong>What the turbines did to the air.</strong> The studies, how each was made and what each found, are set side by side
            under <a href={`#${CONCERNS_HEADINGS.answer.id}`}>{CONCERNS_HEADINGS.answer.title}</a>, at the top of the page.
          </li>
        ) : null}
        {detail.concerns.disagreements.map((d) => (
          <Statement key={d.topic} s={d} />
        ))}
      </ul>
    </section>
  );
}

export function Neighbourhood({ detail }: { detail: ConcernsDetail }) {
  const n = detail.concerns.neighbourhood;
  if (n === undefined || !shows(detail.contents, 'neighbourhood')) return null;
  const h = headingOf(detail.contents, 'neighbourhood');
  return (
    <section className="section" aria-labelledby={h.id}>
      <h2 id={h.id}>{h.title}</h2>
      <ul className="facts">
        <FigureItem range="inline" label={`Distance from the site to ${n.name}`} q={n.distanceMiles} />
        {detail.neighbourhoodMapMiles ? (
          <FigureItem
            range="inline"
            label={`Straight line from the site's point to ${n.name}'s point on the map`}
            q={detail.neighbourhoodMapMiles}
          >
            {' '}
            The two differ because they measure between different points: a neighbourhood&apos;s centre on the map is not its nearest home,
            and a reported distance may be by road.
            <HowWeGotThis q={detail.neighbourhoodMapMiles} />
          </FigureItem>
        ) : null}
        <FigureItem range="inline" label={`Black residents, ZIP ${n.zip}`} q={n.blackShare} />
        <FigureItem range="inline" label={`Median household income, ZIP ${n.zip}`} q={n.medianHouseholdIncomeUsd} />
        <FigureItem range="inline" label="Industrial polluters nearby" q={n.toxicReleaseFacilities} />
        {n.nearbySources.map((s) => (
          <li key={s.name}>
            <strong>{s.name}:</strong> {s.what}. <SourceCites ids={s.sourceIds} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Two figures for an old model's output: "about 55 in a million", not "54.68". */
const MODELLED = { significantFigures: 2 };

export function Health({ detail }: { detail: ConcernsDetail }) {
  const h = detail.concerns.health;
  const r = h.airToxicsCancerRisk;
  const heading = headingOf(detail.contents, 'health');
  return (
    <section className="section" aria-labelledby={heading.id}>
      <h2 id={heading.id}>{heading.title}</h2>
      <p className="section-intro">
        What is known about the air and health of the area before and around the turbines. None of it measures the turbines&apos; own effect
        {detail.answer.studies.length > 0 ? (
          <>
            ; the studies that tried are under <a href={`#${CONCERNS_HEADINGS.answer.id}`}>{CONCERNS_HEADINGS.answer.title}</a>, at the top
            of the page
          </>
        ) : null}
        .
      </p>
      <ul className="facts">
        {h.statements.map((s) => (
          <Statement key={s.topic} s={s} />
        ))}
      </ul>
      {r ? (
        <>
          <h3>Cancer risk from air toxics, an old study</h3>
          <p>
            From {r.study}: the modelled lifetime cancer risk from all air toxics, per million people. A model of 2005 air is no better than
            two figures, so they are rounded to two here; the downloads give them as published.
          </p>
          <ul className="facts">
            <FigureItem range="inline" label="Memphis" q={r.place} style={MODELLED} />
            <FigureItem range="inline" label="Tennessee" q={r.state} style={MODELLED} />
            <FigureItem range="inline" label="United States" q={r.nation} style={MODELLED} />
          </ul>
        </>
      ) : null}
      {h.leftOut.length > 0 ? (
        <>
          <h3>What we leave out</h3>
          <ul className="facts">
            {h.leftOut.map((l) => (
              <li key={l.claim}>
                <strong>The claim {l.claim}.</strong> {l.why} <SourceCites ids={l.sourceIds} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
