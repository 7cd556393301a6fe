/**
 * Concerns page, top: the answer to "is the air near me worse?" in plain words, every figure in
 * it from the model with its date and sources, then the page's contents.
 */
import { type ConcernsDetail, lowerFirst } from '@/lib/pages/concerns';
import { type AgainstCap, CONCERNS_HEADINGS, type ContentsEntry } from '@/lib/pages/concerns-top';
import { formatDate } from '@/lib/core/format';
import type { Quantity } from '@/lib/core/quantity';

import { Figure, HowWeGotThese, Provenance } from '@/app/_components/quantity';
import { SourceCites } from '@/app/_components/sources';
import { HealthSentence } from '@/app/_sections/concerns/health';

/** A figure in a sentence, with its date and sources in brackets; a figure not known says why, and the sentence ends there. */
function Fact({ q }: { q: Quantity }) {
  if (q.kind === 'unknown')
    return (
      <>
        <Figure q={q} />.{' '}
        <span className="value-unknown">
          {q.reason} <SourceCites ids={q.sourceIds} />
        </span>
      </>
    );
  return (
    <>
      <strong>
        <Figure q={q} range="inline" />
      </strong>{' '}
      (<Provenance q={q} inline />)
    </>
  );
}

/** "Lowest: 72.3 tons a year, early estimate, 18 turbines (…). As of 2024 · Source: …": an estimate as the table below names it. */
function Estimate({ lead, e }: { lead: string; e: AgainstCap }) {
  const q = e.figure.tonsPerYear;
  return (
    <li>
      {lead}:{' '}
      <strong>
        <Figure q={q} range="inline" />
      </strong>
      , {lowerFirst(e.figure.label)}. <Provenance q={q} inline />
    </li>
  );
}

function Turbines({ detail }: { detail: ConcernsDetail }) {
  const { most, latest, permitted } = detail.answer.turbines;
  if (most === undefined && latest === undefined && permitted === undefined)
    return <>No turbines were reported on site by the date these settings show.</>;
  return (
    <>
      {most ? (
        <>
          As many as <Fact q={most} /> were reported on site.{' '}
        </>
      ) : null}
      {latest?.kind === 'known' ? (
        <>
          The latest count: <Fact q={latest} />.{' '}
        </>
      ) : latest ? (
        <>
          The latest count is <span className="value-unknown">not known</span> (
          <a href={`#${CONCERNS_HEADINGS.turbines.id}`}>why, under the turbines</a>).{' '}
        </>
      ) : null}
      {permitted ? (
        <>
          Permitted by the {detail.concerns.permit.issuedBy}: <Fact q={permitted} />.{' '}
        </>
      ) : null}
      <a href={`#${CONCERNS_HEADINGS.turbines.id}`}>Every count, and what it counts</a>.
    </>
  );
}

function Nox({ detail }: { detail: ConcernsDetail }) {
  const { cap, estimates, lowest, highest, inWords } = detail.answer.nox;
  const q = cap.tonsPerYear;
  return (
    <>
      {q.kind === 'known' ? (
        <>
          The permit caps them at <Fact q={q} />.
        </>
      ) : (
        <>
          The permit&apos;s cap on them: <Fact q={q} />
        </>
      )}
      {lowest === undefined || highest === undefined ? (
        <> No estimate of what the turbines emitted was found.</>
      ) : (
        <ul>
          {estimates === 1 ? (
            <Estimate lead="The one estimate of what they emit" e={lowest} />
          ) : (
            <>
              <Estimate lead="Lowest estimate of what they emitted" e={lowest} />
              <Estimate lead="Highest" e={highest} />
            </>
          )}
        </ul>
      )}
      {inWords && lowest && highest ? (
        <>
          {estimates === 1 ? 'That is' : 'So the estimates run'} <strong>{inWords}</strong>.
        </>
      ) : lowest !== undefined && q.kind === 'unknown' ? (
        `With no cap found, the estimate${estimates === 1 ? '' : 's'} cannot be set against it.`
      ) : null}
      {estimates > 1 ? (
        <>
          {' '}
          Each counts its own set of turbines, and none is a measurement: see <a href={`#${CONCERNS_HEADINGS.nox.id}`}>every estimate</a>.
        </>
      ) : null}
      {inWords && lowest && highest ? <HowWeGotThese qs={[lowest.times, highest.times]} summary="How we got the multiples" /> : null}
    </>
  );
}

function Studies({ detail }: { detail: ConcernsDetail }) {
  return (
    <ul>
      {detail.answer.studies.map((s) => (
        <li key={s.id}>
          <strong>{s.by}</strong> ({s.method}) found {s.found}
          {s.figures.length > 0 ? ': ' : '. '}
          {s.figures.map((f, i) => (
            <span key={f.id}>
              {lowerFirst(f.label)} up <Figure q={f.rise} />
              {f.rise.asOf !== s.asOf || f.rise.sourceIds.join() !== s.sourceIds.join() ? (
                <>
                  {' '}
                  (<Provenance q={f.rise} inline />)
                </>
              ) : null}
              {i < s.figures.length - 1 ? '; ' : '. '}
            </span>
          ))}
          <span className="as-of">As of {formatDate(s.asOf)}</span> · <SourceCites ids={s.sourceIds} />
          {s.caveat ? <span className="input-note"> Caveat: {s.caveat}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function AirAnswer({ detail }: { detail: ConcernsDetail }) {
  const h = CONCERNS_HEADINGS.answer;
  const { inShort, studies } = detail.answer;
  // the short answer rests on the studies listed under it: their sources are cited there, once
  const citedBelow = studies.flatMap((s) => s.sourceIds);
  const shortCites = inShort?.sourceIds.filter((id) => !citedBelow.includes(id)) ?? [];
  return (
    <section className="section answer" aria-labelledby={h.id}>
      <h2 id={h.id}>{h.title}</h2>
      {inShort ? (
        <p className="answer-short">
          <strong>In short:</strong> {inShort.text} <span className="as-of">As of {formatDate(inShort.asOf)}</span> ·{' '}
          {shortCites.length > 0 ? <SourceCites ids={shortCites} /> : null}
          {shortCites.length < inShort.sourceIds.length ? (
            <span className="cites">{shortCites.length > 0 ? '; and the studies below' : 'Sources: the studies below'}</span>
          ) : null}
        </p>
      ) : null}
      <ul className="answer-points">
        <li>
          <strong>The gas turbines.</strong> <Turbines detail={detail} />
        </li>
        <li>
          <strong>Nitrogen oxides (NOx), which help form smog.</strong> <Nox detail={detail} />
        </li>
        {detail.healthDamage.site.kind === 'site' ? (
          <li>
            <strong>Health.</strong> <HealthSentence site={detail.healthDamage.site} />{' '}
            <Provenance q={detail.healthDamage.site.damage.range} inline />.{' '}
            <a href={`#${CONCERNS_HEADINGS.healthDamage.id}`}>Other tons, the working, and EPA&apos;s decision not to use such dollars</a>.
          </li>
        ) : null}
        {studies.length > 0 ? (
          <li>
            <strong>What studies of the air found{studies.length > 1 ? ', and where they disagree' : ''}.</strong>
            <Studies detail={detail} />
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/** The page's contents: a link to each section it shows. Not printed: on paper a link leads nowhere, and the sections follow in this order. */
export function Contents({ contents }: { contents: ContentsEntry[] }) {
  return (
    <nav className="toc no-print" aria-labelledby="toc-title">
      <p id="toc-title" className="toc-title">
        On this page
      </p>
      <ol>
        {contents.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`}>{e.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
