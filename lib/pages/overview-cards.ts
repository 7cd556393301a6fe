/**
 * The headline figures of a facility's overview as figure cards (issue #25): each power figure
 * the page shows in a card of its own, and the on-site water, each with its chart id for its SVG,
 * PNG and embed page (chart-routes.ts). A figure that is not known gets no card: the page says why
 * it is not known, with its sources, which a card alone could not.
 */
import type { KnownQuantity } from '../core/quantity';
import type { ChartId } from './chart-routes';
import type { Overview, PowerFigure } from './overview';

/** The chart id of each power figure's card. */
export const POWER_CARDS = {
  gridSupplied: 'powersupplied',
  gridApproved: 'powerapproved',
  claimed: 'powerclaimed',
  estimated: 'powerestimated',
  turbinesPermitted: 'turbinespermitted',
  turbinesReported: 'turbinesreported',
} as const satisfies Record<PowerFigure['key'], ChartId>;

/** The chart id of the on-site water's card. */
export const WATER_CARD = 'wateronsite' satisfies ChartId;

export type OverviewCardId = (typeof POWER_CARDS)[PowerFigure['key']] | typeof WATER_CARD;

export type KnownPowerFigure = PowerFigure & { power: KnownQuantity<'MW'> };
export type KnownWater = NonNullable<Overview['water']> & { use: KnownQuantity<'gal/day'> };

/** The power figure a card shows, as the overview has it; undefined where the view has no such figure or does not know it. */
export function cardPowerFigure(overview: Overview, chart: string): KnownPowerFigure | undefined {
  const f = overview.power.find((p) => POWER_CARDS[p.key] === chart);
  return f !== undefined && f.power.kind === 'known' ? { ...f, power: f.power } : undefined;
}

/** The on-site water the water card shows; undefined where the facility has no water figure or it is not known. */
export function cardWater(overview: Overview): KnownWater | undefined {
  const w = overview.water;
  return w !== undefined && w.use.kind === 'known' ? { ...w, use: w.use } : undefined;
}

/** The cards a facility's overview offers for a view, in the page's order: its known power figures, then its water. */
export function overviewCardIds(overview: Overview): OverviewCardId[] {
  const power: OverviewCardId[] = overview.power.filter((p) => p.power.kind === 'known').map((p) => POWER_CARDS[p.key]);
  return cardWater(overview) === undefined ? power : [...power, WATER_CARD];
}

/** Whether a chart id is one of the overview's cards. */
export function isOverviewCard(chart: string): chart is OverviewCardId {
  return chart === WATER_CARD || Object.values(POWER_CARDS).some((c) => c === chart);
}
