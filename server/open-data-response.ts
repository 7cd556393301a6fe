/**
 * The HTTP answer for a facility's data file: the same scenario parser as the pages, a 400
 * in JSON naming each bad parameter, a 404 in JSON for an unknown facility, and the file
 * with its type, a download name, the pages' cache policy and a strong ETag (304 when the reader
 * already has these bytes). Uses only the web's Response.
 */
import { listFacilities } from '../lib/data/load';
import { getOpenData, getRegionOpenData, type OpenDataFile, REGION_DATA_ID, scenarioTag, toCsv, toJson } from '../lib/pages/open-data';
import { repairedQuery } from '../lib/scenario/scenario';
import { parseForFacility, parseSettings, regionSettings } from '../lib/pages/routes';
import { dataPath, type DataFormat, withQuery } from '../lib/pages/site';
import { CACHE_CONTROL, etagOf, matchesEtag } from './http-cache';

const CONTENT_TYPE: Record<DataFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export function json(status: number, body: object, extra: Record<string, string> = {}): Response {
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

/**
 * The region's data file (/data.csv, /data.json): its settings are read as the region page reads
 * them (the featured facility's place), so a bad one gets the same 400; they do not change its figures.
 */
export function regionOpenDataResponse(
  params: URLSearchParams,
  format: DataFormat,
  dataUpdated: string,
  ifNoneMatch: string | null = null,
) {
  const path = `/data.${format}`;
  const result = parseSettings(regionSettings(), params);
  if (result === undefined) return json(404, { error: 'not-found', message: 'The region has no data.' });
  if (!result.ok) return invalid(path, params, result.errors);
  const file = getRegionOpenData(result.scenario, dataUpdated);
  if (file === undefined) return json(404, { error: 'not-found', message: 'The region has no data.' });
  return fileResponse(file, `${REGION_DATA_ID}_${scenarioTag(file.scenario.query)}.${format}`, format, dataUpdated, ifNoneMatch);
}

type ParseErrors = Extract<NonNullable<ReturnType<typeof parseForFacility>>, { ok: false }>['errors'];

function invalid(path: string, params: URLSearchParams, errors: ParseErrors): Response {
  return json(400, {
    error: 'invalid-settings',
    message: 'Some settings in this link are not valid, so no figures are given rather than the wrong ones.',
    path,
    errors: errors.map((e) => ({
      param: e.param,
      problem: e.message,
      received: e.received ?? null,
      allowed: e.allowed,
      didYouMean: e.suggestion ?? null,
    })),
    repairedUrl: withQuery(path, repairedQuery(params, errors)),
    defaultsUrl: path,
  });
}

export function fileResponse(
  file: OpenDataFile,
  name: string,
  format: DataFormat,
  dataUpdated: string,
  ifNoneMatch: string | null,
): Response {
  const body = new TextEncoder().encode(format === 'csv' ? toCsv(file) : toJson(file));
  const etag = etagOf(body, dataUpdated);
  const headers = {
    'content-type': CONTENT_TYPE[format],
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': CACHE_CONTROL.page,
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (matchesEtag(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

export function openDataResponse(
  facilityId: string,
  params: URLSearchParams,
  format: DataFormat,
  dataUpdated: string,
  ifNoneMatch: string | null = null,
): Response {
  const result = parseForFacility(facilityId, params);
  if (result === undefined) {
    return json(404, {
      error: 'not-found',
      message: `There is no facility "${facilityId}".`,
      facilities: listFacilities().map((f) => ({ id: f.id, csv: dataPath(f.id, 'csv'), json: dataPath(f.id, 'json') })),
    });
  }
  const path = dataPath(facilityId, format);
  if (!result.ok) return invalid(path, params, result.errors);
  const file = getOpenData(facilityId, result.scenario, dataUpdated);
  if (file === undefined) return json(404, { error: 'not-found', message: `There is no facility "${facilityId}".` });
  return fileResponse(file, `${facilityId}_${scenarioTag(file.scenario.query)}.${format}`, format, dataUpdated, ifNoneMatch);
}
