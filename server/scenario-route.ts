/**
 * How a public URL maps onto the internal, cacheable route: the proxy validates the query
 * and rewrites `/facilities/<id>/power?loadFactor=0.8` to `/view/loadFactor%3D0.8/facilities/<id>/power`,
 * so that each normalised scenario is rendered once and then served from the page cache.
 */
import { type SettingsOf, settingsContext } from '../lib/pages/routes';
import { type Scenario, parseScenario, scenarioToQuery } from '../lib/scenario/scenario';

export const DEFAULT_KEY = 'default';

export function scenarioKey(of: SettingsOf, scenario: Scenario): string {
  const ctx = settingsContext(of);
  if (ctx === undefined) throw new Error(`Unknown facility "${of.facilityId}"`);
  return scenarioToQuery(scenario, ctx) || DEFAULT_KEY;
}

/**
 * The scenario of an internal route's key, or undefined if the key is not the canonical
 * form of a valid scenario (so that no two cache entries hold the same view).
 */
export function scenarioFromKey(of: SettingsOf, rawKey: string): Scenario | undefined {
  const key = rawKey.includes('%') ? safeDecode(rawKey) : rawKey;
  if (key === undefined) return undefined;
  const ctx = settingsContext(of);
  if (ctx === undefined) return undefined;
  const result = parseScenario(new URLSearchParams(key === DEFAULT_KEY ? '' : key), ctx);
  if (!result.ok) return undefined;
  return (scenarioToQuery(result.scenario, ctx) || DEFAULT_KEY) === key ? result.scenario : undefined;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
