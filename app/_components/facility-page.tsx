import type { ReactNode } from 'react';

import { currency } from '@/lib/pages/currency';
import type { Overview } from '@/lib/pages/overview';
import { publicPath } from '@/lib/pages/site';

import { CurrencyLine } from './currency';
import { DataLinks } from './data-links';
import type { SectionId } from '@/lib/pages/registry';

import { FacilityNav } from './facility-nav';
import { ScenarioPanel } from './scenario-panel';
import type { Setting } from './scenario-settings';
import { SourcesNote } from './sources';

/** The frame of a facility's detail page: heading, page links, the scenario, the content, and its sources. */
export function FacilityPage({
  overview,
  section,
  title,
  lede,
  sourceIds,
  children,
  scenario,
}: {
  overview: Overview;
  section: Exclude<SectionId, 'overview' | 'report'>;
  title: string;
  lede: ReactNode;
  sourceIds: string[];
  children: ReactNode;
  /**
   * The what-if settings that change this page for this facility (scenario-settings.ts), or false on
   * a page that they do not change: it then says so instead of offering them.
   */
  scenario: readonly Setting[] | false;
}) {
  const { facility, place } = overview;
  return (
    <article className="facility">
      <header className="facility-head">
        <p className="eyebrow">
          {place.name}, {place.region}
        </p>
        <h1>
          {title}: {facility.name}
        </h1>
        <FacilityNav facility={facility} current={section} query={overview.scenarioQuery} />
        <p className="lede">{lede}</p>
        <CurrencyLine c={currency(facility.id)} />
      </header>
      {scenario ? (
        <ScenarioPanel overview={overview} path={publicPath(facility.id, section)} settings={scenario} />
      ) : (
        <>
          <p className="scenario-none">
            The what-if settings do not change this page: each claim is checked against the figures as published
            {overview.scenarioQuery === '' ? '' : ', whatever the settings in the link'}.
          </p>
          <DataLinks facilityId={facility.id} query={overview.scenarioQuery} />
        </>
      )}
      {children}
      <SourcesNote count={sourceIds.length} />
    </article>
  );
}

/** A data table with its title, in a box that scrolls sideways on a narrow screen; `stack` turns rows into blocks on a phone. */
export function ScrollTable({
  id,
  title,
  stack = false,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  stack?: boolean;
  /** A class on the table's title and box together, e.g. to leave one out of print. */
  className?: string;
  children: ReactNode;
}) {
  const parts = (
    <>
      <p className="table-title" id={id}>
        {title}
      </p>
      <TableBox labelledBy={id}>
        <table aria-labelledby={id} className={stack ? 'stack' : undefined}>
          {children}
        </table>
      </TableBox>
    </>
  );
  // no wrapper unless asked for one: layouts place the title and the box as siblings (the map's print grid does)
  return className === undefined ? parts : <div className={className}>{parts}</div>;
}

/**
 * The box a table scrolls in, sideways, when it is wider than a phone's screen: a labelled
 * region that the keyboard can reach and scroll. On paper it does not clip.
 */
export function TableBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
