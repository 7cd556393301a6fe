/**
 * The HTTP answer for a facility's data file: the same scenario parser as the pages, a 400
 * in JSON naming each bad parameter, a 404 in JSON for an unknown facility, and the file
 * with its type, a download name and the pages' cache policy. Uses only the web's Response.
 */
import { listFacilities } from '../lib/data/load';
import { getOpenData, scenarioTag, toCsv, toJson } from '../lib/pages/open-data';
import { repairedQuery } from '../lib/scenario/scenario';
import { parseForFacility } from '../lib/pages/routes';
import { dataPath, type DataFormat, withQuery } from '../lib/pages/site';

const CONTENT_TYPE: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** As the facility pages: kept by shared caches, which a new build replaces. */
export const DATA_CACHE_CONTROL = 's-maxage=31536000';

function json(status: number, body: object, extra: Record<string, string> = {}): Response {
  return new Response(toJson(body), {
    status,
    headers: {
      'content-type': CONTENT_TYPE.json,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...extra,
    },
  });
}

export function openDataResponse(facilityId: string, params: URLSearchParams, format: DataFormat, today: string): Response {
  const result = parseForFacility(facilityId, params);
  if (result === undefined) {
    return json(404, {
      error: 'not-found',
      message: `There is no facility "${facilityId}".`,
      facilities: listFacilities().map((f) => ({ id: f.id, csv: dataPath(f.id, 'csv'), json: dataPath(f.id, 'json') })),
    });
  }
  const path = dataPath(facilityId, format);
  if (!result.ok) {
    return json(400, {
      error: 'invalid-settings',
      message: 'Some settings in this link are not valid, so no figures are given rather than the wrong ones.',
      path,
      errors: result.errors.map((e) => ({
        param: e.param,
        problem: e.message,
        received: e.received ?? null,
        allowed: e.allowed,
        didYouMean: e.suggestion ?? null,
      })),
      repairedUrl: withQuery(path, repairedQuery(params, result.errors)),
      defaultsUrl: path,
    });
  }
  const file = getOpenData(facilityId, result.scenario, today);
  if (file === undefined) return json(404, { error: 'not-found', message: `There is no facility "${facilityId}".` });
  const name = `${facilityId}_${scenarioTag(file.scenario.query)}.${format}`;
  return new Response(format === 'csv' ? toCsv(file) : toJson(file), {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPE[format],
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': DATA_CACHE_CONTROL,
      'x-content-type-options': 'nosniff',
    },
  });
}
