import { describe, expect, it } from 'vitest';

import { regionScenarioContext, regionTonsCases, scenarioContext } from './context';
import { parseScenario } from './scenario';

/** The tons cases each facility allows, from its data: a gas site's scenarios, none where no gas is burned. */
describe('scenarioContext: the tons setting of each facility', () => {
  it('Colossus 1: its permit, the advocates’ figures and our estimate, the permit by default', () => {
    expect(scenarioContext('colossus-1')?.tons).toEqual({ cases: ['permit', 'potential', 'estimate'], defaultCase: 'permit' });
  });

  it("the Southaven plant: every kind, the consultants' model by default, never a figure known only from a report", () => {
    expect(scenarioContext('southaven-plant')?.tons).toEqual({
      cases: ['permit', 'model', 'potential', 'satellite', 'estimate'],
      defaultCase: 'model',
    });
  });

  it('Colossus 2 has none, and the error says its tons are the Southaven plant’s', () => {
    const ctx = scenarioContext('colossus-2')!;
    expect(ctx.tons).toBeUndefined();
    expect(ctx.noTons).toMatch(/burns no gas on site; its power comes from the Southaven plant/);
    const r = parseScenario(new URLSearchParams('tons=permit'), ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/^is not a setting here: Colossus 2 burns no gas/);
  });

  it('MACROHARDRR has none either', () => {
    expect(scenarioContext('macrohardrr')?.tons).toBeUndefined();
  });

  it('a case Colossus 1 lacks is refused there and allowed at the plant', () => {
    const at = (id: string) => parseScenario(new URLSearchParams('tons=satellite'), scenarioContext(id)!).ok;
    expect([at('colossus-1'), at('southaven-plant')]).toEqual([false, true]);
  });

  it('the region offers only the kinds some site has confirmed (the satellite figure is reported, not confirmed), and no one kind by default', () => {
    expect(regionTonsCases()).toEqual({ cases: ['permit', 'model', 'potential', 'estimate'] });
  });

  it("the region's pages parse tons with the region's cases: model is allowed, a kind no site has confirmed is refused, naming tons", () => {
    const ctx = regionScenarioContext('colossus-1');
    const ok = parseScenario(new URLSearchParams('tons=model'), ctx);
    expect(ok.ok && ok.scenario.tons).toBe('model');
    const d = parseScenario(new URLSearchParams(''), ctx);
    expect(d.ok && d.scenario.tons).toBeUndefined();
    for (const bad of ['satellite', 'nope']) {
      const r = parseScenario(new URLSearchParams(`tons=${bad}`), ctx);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.param).toBe('tons');
    }
  });
});
