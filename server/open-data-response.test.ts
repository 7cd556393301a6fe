import { describe, expect, it } from 'vitest';

import { listFacilities } from '../lib/data/load';
import { LICENCE, type OpenDataFile } from '../lib/pages/open-data';
import { openDataResponse } from './open-data-response';

const id = listFacilities()[0]!.id;
const TODAY = '2026-03-01';

describe('the HTTP answer', () => {
  it('serves the CSV and the JSON with their types, a file name and the cache policy', async () => {
    const csv = openDataResponse(id, new URLSearchParams('loadFactor=0.5&utm_source=x'), 'csv', TODAY);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${id}_loadFactor-0.5.csv"`);
    const json = openDataResponse(id, new URLSearchParams(), 'json', TODAY);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="${id}_default.json"`);
    const body = (await json.json()) as OpenDataFile;
    expect(body.licence).toBe(LICENCE);
  });

  it('answers a bad parameter with 400 in JSON, naming it, with what is allowed and a did-you-mean', async () => {
    const res = openDataResponse(id, new URLSearchParams('loadFactr=0.5&water=hihg'), 'csv', TODAY);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { param: string; allowed: string; didYouMean: string | null }[]; repairedUrl: string };
    expect(body.errors.map((e) => [e.param, e.didYouMean])).toEqual([
      ['loadFactr', 'loadFactor'],
      ['water', 'high'],
    ]);
    expect(body.errors.every((e) => e.allowed.length > 0)).toBe(true);
    expect(body.repairedUrl).toBe(`/facilities/${id}/data.csv?loadFactor=0.5&water=high`);
  });

  it('answers an unknown facility with 404 in JSON', async () => {
    const res = openDataResponse('<nowhere>', new URLSearchParams(), 'json', TODAY);
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).not.toContain('<nowhere>');
    expect(JSON.parse(text).message).toContain('<nowhere>');
  });
});

describe('revalidation', () => {
  it('tags the bytes and answers 304 to a reader who has them', async () => {
    const first = openDataResponse(id, new URLSearchParams(), 'csv', TODAY);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+.*stale-while-revalidate/);
    const again = openDataResponse(id, new URLSearchParams(), 'csv', TODAY, etag);
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // another scenario's bytes have another tag
    const other = openDataResponse(id, new URLSearchParams('loadFactor=0.5'), 'csv', TODAY, etag);
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });
});
