/** addSites: the region's tons added pollutant by pollutant, one group of scenarios, each site once. Worked by hand. */
import { describe, expect, it } from 'vitest';

import { known } from '../core/quantity';
import { k } from '../core/test-quantities';
import type { TonsKind } from '../data/schemas/health';
import { addSites, groupOf, type SitePart } from './region';
import type { ScenarioTons } from './scenario-tons';

const t = (pollutant: ScenarioTons['pollutant'], tons: number): ScenarioTons => ({
  pollutant,
  tons: known('short tons/yr', tons, { sourceIds: ['test'], asOf: '2025' }),
  from: 'yearly figure',
  scaled: false,
  name: `${pollutant}, test`,
});
const part = (facilityId: string, kind: TonsKind, tons: ScenarioTons[]): SitePart => ({ facilityId, name: facilityId, kind, tons });

describe('addSites', () => {
  it('adds a permit cap and a modelled total (both the permitted equipment): NOx 87 + 423.4 = 510.4; PM2.5 73 known at one site only', () => {
    const r = addSites([part('a', 'permit', [t('NOx', 87), t('PM2.5', 73)]), part('b', 'model', [t('NOx', 423.4)])]);
    expect(k(r.tons.find((x) => x.pollutant === 'NOx')!.tons.quantity).value).toBeCloseTo(510.4, 9);
    expect(k(r.tons.find((x) => x.pollutant === 'PM2.5')!.tons.quantity).value).toBe(73);
    expect(r.missing).toEqual([{ pollutant: 'PM2.5', facilityIds: ['b'] }]);
  });

  it('never mixes groups: a permit cap with a potential, a satellite figure or an estimate throws', () => {
    for (const other of ['potential', 'satellite', 'estimate'] as const)
      expect(() => addSites([part('a', 'permit', [t('NOx', 87)]), part('b', other, [t('NOx', 2508)])])).toThrow(/one group/);
  });

  it('counts a site once', () => {
    expect(() => addSites([part('a', 'permit', [t('NOx', 87)]), part('a', 'model', [t('NOx', 1)])])).toThrow(/counted once/);
  });

  it('groups: permit and model are the permitted equipment; each other kind is its own group', () => {
    expect((['permit', 'model', 'potential', 'satellite', 'estimate'] as const).map(groupOf)).toEqual([
      'permitted',
      'permitted',
      'potential',
      'satellite',
      'estimate',
    ]);
  });
});
