import { describe, expect, it } from 'vitest';

import { listFacilities } from '../data/load';
import { defaultScenario } from '../scenario/scenario';
import { scenarioContext } from '../scenario/context';
import { CHART_IDS, CHARTS } from './chart-routes';
import { cardPowerFigure, cardWater, isOverviewCard, overviewCardIds, POWER_CARDS, WATER_CARD } from './overview-cards';
import { getOverview } from './overview';

const facilities = listFacilities().map((f) => f.id);
const overviews = facilities.map((id) => getOverview(id)!);

describe("a facility overview's headline figures as cards", () => {
  it('gives each card its own chart address on the overview, linking back to the card on the page', () => {
    const ids = [...Object.values(POWER_CARDS), WATER_CARD];
    expect(new Set(ids).size).toBe(ids.length);
    for (const [key, chart] of Object.entries(POWER_CARDS)) {
      expect(CHART_IDS).toContain(chart);
      // the id of the card's heading on the page (power-section.tsx)
      expect(CHARTS[chart]).toEqual({ region: false, section: 'overview', anchor: `power-${key}` });
    }
    expect(CHARTS[WATER_CARD]).toEqual({ region: false, section: 'overview', anchor: 'water-use' });
    for (const id of ids) expect(isOverviewCard(id)).toBe(true);
    for (const id of ['growth', 'supply', 'water', 'electricity', 'wateruse', 'constructor']) expect(isOverviewCard(id)).toBe(false);
  });

  it('offers a card for each known power figure, the very figure the page shows, and none for a figure not known', () => {
    let unknown = 0;
    for (const o of overviews) {
      const ids = overviewCardIds(o);
      for (const p of o.power) {
        const chart = POWER_CARDS[p.key];
        if (p.power.kind === 'known') {
          expect(ids, `${o.facility.id} ${p.key}`).toContain(chart);
          expect(cardPowerFigure(o, chart)).toEqual(p);
        } else {
          unknown++;
          expect(ids).not.toContain(chart);
          expect(cardPowerFigure(o, chart)).toBeUndefined();
        }
      }
      // a figure the view does not have at all has no card either
      for (const [key, chart] of Object.entries(POWER_CARDS)) {
        if (!o.power.some((p) => p.key === key)) expect(cardPowerFigure(o, chart)).toBeUndefined();
      }
    }
    // the data has a figure that is not known (Colossus 2's grid supply): the rule above was exercised
    expect(unknown).toBeGreaterThan(0);
  });

  it('offers the water card only where the facility has a known water figure, in the page order after power', () => {
    let without = 0;
    for (const o of overviews) {
      const ids = overviewCardIds(o);
      if (o.water?.use.kind === 'known') {
        expect(ids[ids.length - 1]).toBe(WATER_CARD);
        expect(cardWater(o)).toEqual(o.water);
      } else {
        without++;
        expect(ids).not.toContain(WATER_CARD);
        expect(cardWater(o)).toBeUndefined();
      }
    }
    expect(without).toBeGreaterThan(0);
  });

  it("follows the view's settings: an earlier date has fewer power figures, and so fewer cards", () => {
    const id = 'colossus-1';
    const ctx = scenarioContext(id)!;
    const latest = overviewCardIds(getOverview(id)!);
    const early = getOverview(id, { ...defaultScenario(ctx), date: '2024-12-01' })!;
    const earlyIds = overviewCardIds(early);
    expect(earlyIds.length).toBeLessThan(latest.length);
    // the company's claim and the outside estimate came later (2026)
    expect(earlyIds).not.toContain(POWER_CARDS.claimed);
    expect(earlyIds).not.toContain(POWER_CARDS.estimated);
    expect(latest).toContain(POWER_CARDS.estimated);
  });
});
