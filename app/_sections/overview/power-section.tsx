/** The overview's power: a card for each power figure the facility has, set against homes and the utility, each with its embed block. */
import Link from 'next/link';

import { type Overview, type PowerFigure } from '@/lib/pages/overview';
import { POWER_CARDS } from '@/lib/pages/overview-cards';
import { publicPath, withQuery } from '@/lib/pages/site';

import { powerFigureCard } from '../../_embed/overview-cards';
import { EmbedThis } from '../../_components/embed-this';
import { Comparison, Figure, HowWeGotThese, HowWeGotThis, Provenance, RangeNote, RatioWords } from '../../_components/quantity';
import { SourceCites } from '../../_components/sources';

/**
 * The iframe's height for a figure card's embed page: the whole card and its caption from 600 px
 * wide (measured 477–571 px); a frame 300 px wide scrolls (its drawing and caption measured 807–929 px).
 */
export const CARD_EMBED_HEIGHT = 600;

function PowerCard({ figure, overview }: { figure: PowerFigure; overview: Overview }) {
  const { place } = overview;
  const u = place.utility;
  // the figure as a card of its own, for its files and embed page: none where it is not known
  const card = powerFigureCard(overview, POWER_CARDS[figure.key]);
  return (
    <article className="card" aria-labelledby={`power-${figure.key}`}>
      <h3 id={`power-${figure.key}`}>{figure.label}</h3>
      <p className="big">
        <Figure q={figure.power} />
      </p>
      <p className="card-desc">
        {figure.description}.{figure.event ? <span className="event-ref"> Event: {figure.event.title}.</span> : null}
      </p>
      <Provenance q={figure.power} />
      {figure.power.kind === 'known' && figure.power.note ? <p className="note">{figure.power.note}</p> : null}
      {figure.power.kind === 'unknown' ? (
        <p className="value-unknown">{figure.power.reason}</p>
      ) : (
        <>
          <ul className="comparisons">
            <Comparison q={figure.households.overall} approx how={false}>
              use as much electricity in a year (compared with the {overview.defaultBaseline.label};{' '}
              <RangeNote q={figure.households.overall} prefix="across all household baselines:" bare />)
            </Comparison>
            {figure.shareOfAverageLoad.kind === 'known' || figure.shareOfSummerPeak.kind === 'known' ? (
              <>
                <Comparison q={figure.shareOfAverageLoad} how={false}>
                  of {u.shortName}&apos;s load on an average day
                </Comparison>
                <Comparison q={figure.shareOfSummerPeak} how={false}>
                  of {u.shortName}&apos;s normal summer peak
                </Comparison>
              </>
            ) : null}
          </ul>
          <HowWeGotThese qs={[figure.households.overall, figure.shareOfAverageLoad, figure.shareOfSummerPeak]} />
        </>
      )}
      {card ? (
        <EmbedThis
          chart={POWER_CARDS[figure.key]}
          facilityId={overview.facility.id}
          query={overview.scenarioQuery}
          title={card.heading}
          height={CARD_EMBED_HEIGHT}
          what="this figure"
        />
      ) : null}
    </article>
  );
}

export function PowerSection({ overview }: { overview: Overview }) {
  const { place, loadFactor } = overview;
  const u = place.utility;
  const stated = overview.utilityStatedElectricShare;
  const plant = overview.facility.kind === 'power plant';
  if (!overview.power.some((p) => p.power.kind === 'known')) {
    // nothing to set against homes or the utility (MACROHARDRR): say so, with each figure's reason
    return (
      <section aria-labelledby="power-heading" className="section">
        <h2 id="power-heading">Power</h2>
        <p className="section-intro">
          No figure for {overview.facility.shortName}&apos;s power was found in the sources we read: not its grid supply, not a figure from
          the company, not an outside estimate. So there is nothing yet to set against homes or {u.shortName}.
        </p>
        <div className="cards">
          {overview.power.map((p) => (
            <PowerCard key={p.key} figure={p} overview={overview} />
          ))}
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="power-heading" className="section">
      <h2 id="power-heading">Power</h2>
      <p className="section-intro">
        A megawatt (MW) measures how fast electricity is {plant ? 'generated or used' : 'used'}, like speed on a car&apos;s dial; it is not
        an amount. The {overview.defaultBaseline.label} draws on average about <Figure q={overview.defaultHouseholdKw} /> (a kilowatt is a
        thousandth of a megawatt) over a year. To compare, we ask how many homes use in a year as much electricity as{' '}
        {plant ? 'the plant would generate' : 'the facility would use'} in a year at each figure below. {loadFactor.note}
      </p>
      <HowWeGotThis q={overview.defaultHouseholdKw} summary={`How we got the ${overview.defaultBaseline.label}'s average`} />
      {plant ? (
        <p>
          {overview.power.length > 1 ? (
            <>
              <strong>The figures below overlap; do not add them up.</strong>{' '}
            </>
          ) : null}
          Turbine power, permitted or reported, is a capacity, not a measured output: what the turbines actually generated was not found.
        </p>
      ) : (
        <p>
          <strong>The figures below overlap; do not add them up.</strong> Approved or permitted power is a ceiling, not a measured load; a
          claim is the company&apos;s own figure, and an estimate is an outside reading of imagery and equipment.
        </p>
      )}
      <div className="cards">
        {overview.power.map((p) => (
          <PowerCard key={p.key} figure={p} overview={overview} />
        ))}
      </div>
      {overview.claimGap?.kind === 'known' ? (
        <div className="context">
          <p>
            <strong>The gap between claim and estimate:</strong> the company&apos;s figure is{' '}
            <RatioWords q={overview.claimGap} of="the latest independent estimate" />. Neither is a metered load; the claim and the estimate
            were made on different dates (see each card).
          </p>
          <HowWeGotThis q={overview.claimGap} />
        </div>
      ) : null}
      {stated ? (
        <p className="context">
          <strong>{u.shortName}&apos;s own estimate:</strong> the facility would add about <Figure q={stated} /> to its daily electric load.{' '}
          <Provenance q={stated} inline />
        </p>
      ) : null}
      <p className="footnote">
        The answer in homes depends on the home you compare with: {overview.place.householdBaselines.map((b) => b.label).join(', ')}. Each
        baseline&apos;s count
        {u.recordPeakMw.kind === 'known' || u.annualSalesMwh.kind === 'known' ? (
          <>, and the facility against {u.shortName}&apos;s record peak and yearly sales, are</>
        ) : (
          ' is'
        )}{' '}
        on the <Link href={withQuery(publicPath(overview.facility.id, 'power'), overview.scenarioQuery)}>Power page</Link>. The figures use
        each baseline&apos;s electricity use a month × 12
        {u.averageLoadMw.kind === 'known' && u.summerPeakMw.kind === 'known' ? (
          <>
            , and {u.shortName}&apos;s load on an average day of <Figure q={u.averageLoadMw} /> and normal summer peak of{' '}
            <Figure q={u.summerPeakMw} /> (<SourceCites ids={u.averageLoadMw.sourceIds} label="source" />;{' '}
            <SourceCites ids={u.summerPeakMw.sourceIds} label="source" />)
          </>
        ) : (
          `; ${u.shortName}'s load and peaks were not found, so no share of them is given`
        )}
        .{' '}
      </p>
    </section>
  );
}
