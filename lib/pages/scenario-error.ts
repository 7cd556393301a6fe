/** What the 400 page says about a bad link: each bad parameter, and links that work. */
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
