/** What the 400 page says about a bad link: each bad parameter, and links that work. */
import { calculatorRouteAt, parseCalculatorParams } from '../calculator/route';
import { CALCULATOR_PARAMS } from '../calculator/settings';
import { parseScenario, repairedQuery, type ScenarioError } from '../scenario/scenario';
import { chartSettingsOf, matchChartRoute } from './chart-routes';
import { matchPublicRoute, settingsContext, settingsOfRoute } from './routes';
import { withQuery } from './site';

export type ScenarioErrorReport = {
  path: string;
  errors: ScenarioError[];
  /** The same page with each bad value corrected where a correction is clear, dropped otherwise. */
  repairedUrl: string;
  defaultsUrl: string;
};

export function scenarioErrorReport(from: string | undefined): ScenarioErrorReport | undefined {
  if (from === undefined || !from.startsWith('/')) return undefined;
  const q = from.indexOf('?');
  const path = q < 0 ? from : from.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : from.slice(q + 1));
  params.delete('_rsc');
  if (calculatorRouteAt(path) !== undefined) return calculatorErrorReport(path, params);
  const route = matchPublicRoute(path);
  // a chart's file or embed takes the settings of the page it is on
  const chart = route === undefined ? matchChartRoute(path) : undefined;
  const of = route !== undefined ? settingsOfRoute(route) : chart !== undefined ? chartSettingsOf(chart) : undefined;
  if (of === undefined) return undefined;
  const ctx = settingsContext(of);
  if (ctx === undefined) return undefined;
  const result = parseScenario(params, ctx);
  if (result.ok) return undefined;
  return { path, errors: result.errors, repairedUrl: withQuery(path, repairedQuery(params, result.errors)), defaultsUrl: path };
}

/** The calculator's 400: its own settings, each bad value replaced by its suggestion where there is one, dropped otherwise. */
function calculatorErrorReport(path: string, params: URLSearchParams): ScenarioErrorReport | undefined {
  const result = parseCalculatorParams(params);
  if (result.ok !== false) return undefined;
  const bad = new Map(result.errors.map((e) => [e.param, e]));
  const repaired = new URLSearchParams();
  for (const [name, value] of params.entries()) {
    if (repaired.has(name) || value.trim() === '') continue;
    const e = bad.get(name);
    if (e === undefined) repaired.set(name, value);
    else if (e.suggestion !== undefined && e.code === 'unknown-param') repaired.set(e.suggestion, value);
    else if (e.suggestion !== undefined) repaired.set(name, e.suggestion);
    else if (e.code === 'repeated') repaired.set(name, value);
  }
  const known = new URLSearchParams([...repaired.entries()].filter(([n]) => (CALCULATOR_PARAMS as readonly string[]).includes(n)));
  // what remains may still be incomplete (no state, no power): then the empty form is the one link that works
  const works = parseCalculatorParams(known).ok !== false;
  return { path, errors: result.errors, repairedUrl: works ? withQuery(path, known.toString()) : path, defaultsUrl: path };
}
