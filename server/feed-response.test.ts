import { describe, expect, it } from 'vitest';

import { CACHE_CONTROL } from './http-cache';
import { feedResponse } from './feed-response';

const BASE = 'https://impact.example.org';

describe('the feeds over HTTP', () => {
  it("serves the Atom feed and the calendar with their types, the pages' cache policy and a strong ETag", async () => {
    const atom = feedResponse('atom', { base: BASE, version: 'v1' });
    expect(atom.status).toBe(200);
    expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(atom.headers.get('cache-control')).toBe(CACHE_CONTROL.page);
    expect(atom.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
    expect(await atom.text()).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const ics = feedResponse('calendar', { base: BASE, version: 'v1' });
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(ics.headers.get('cache-control')).toBe(CACHE_CONTROL.page);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('answers 304 with no body to a matching If-None-Match, and 200 to another tag', async () => {
    for (const kind of ['atom', 'calendar'] as const) {
      const etag = feedResponse(kind, { base: BASE, version: 'v1' }).headers.get('etag') as string;
      const again = feedResponse(kind, { base: BASE, version: 'v1', ifNoneMatch: `"other", ${etag}` });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('cache-control')).toBe(CACHE_CONTROL.page);
      expect(await again.text()).toBe('');
      expect(feedResponse(kind, { base: BASE, version: 'v1', ifNoneMatch: '"other"' }).status).toBe(200);
    }
  });

  it('gives the same tag for the same data and address, and another when the data version or the address changes', () => {
    const tag = (version: string, base = BASE) => feedResponse('atom', { base, version }).headers.get('etag');
    expect(tag('v1')).toBe(tag('v1'));
    expect(tag('v2')).not.toBe(tag('v1'));
    expect(tag('v1', 'https://other.example.org')).not.toBe(tag('v1'));
  });

  it('sends the headers without the body for HEAD', async () => {
    const head = feedResponse('calendar', { base: BASE, version: 'v1', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).not.toBeNull();
    expect(await head.text()).toBe('');
  });
});
