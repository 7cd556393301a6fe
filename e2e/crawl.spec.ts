import { expect, test } from '@playwright/test';

import { ALL_PAGES } from './helpers';

/**
 * A crawl of the whole site from the front page, following every internal link (with the
 * what-if settings links carry). It checks what no single page test can: that no internal
 * link is broken, that every citation leads to an entry on the sources page, and that the
 * list of pages the other site-wide checks (axe, phone width, console) run on is complete.
 */

const MAX_PAGES = 400;

function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&amp;', '&'));
}

function isInternal(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

test('every internal link works and every citation leads to an entry on the sources page', async ({ request }) => {
  test.setTimeout(180_000);
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const broken: string[] = [];
  const citations = new Map<string, string>(); // source entry id → a page that cites it
  const paths = new Set<string>();

  while (queue.length > 0 && seen.size <= MAX_PAGES) {
    const url = queue.shift() as string;
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${url} → ${response.status()}`);
      continue;
    }
    paths.add(new URL(url, 'http://site').pathname);
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    for (const href of hrefsOf(await response.text())) {
      if (!isInternal(href)) continue;
      const [target, fragment] = href.split('#') as [string, string | undefined];
      if (target === '/sources' && fragment?.startsWith('source-')) citations.set(fragment, url);
      const next = target === '' ? url : target;
      if (next.startsWith('/_next/') || seen.has(next)) continue;
      // a chart's files and embed are followed in the default view of every page that has them; with other settings
      // they are the same routes drawing another view (embed.spec.ts follows those of one facility's views)
      if (/\/charts\/[a-z]+(\.(svg|png))?\?/.test(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }

  expect(broken).toEqual([]);
  expect(seen.size, `the crawl stopped at ${MAX_PAGES} pages`).toBeLessThanOrEqual(MAX_PAGES);

  // every page a reader can reach is in the list that the site-wide checks run on
  // (the open-data files, the feeds and the charts' files are not pages: open-data.spec.ts, feeds.spec.ts and
  // embed.spec.ts check them; embed.spec.ts checks the embed pages, made to be framed, not read on the site)
  const isFile = (p: string) =>
    p.endsWith('.svg') ||
    p.endsWith('.ico') ||
    /\/data\.(csv|json)$/.test(p) ||
    p === '/feed.xml' ||
    p === '/calendar.ics' ||
    /\/charts\/[a-z]+\.png$/.test(p) ||
    p.startsWith('/embed/');
  const unlisted = [...paths].filter((p) => !ALL_PAGES.includes(p) && !isFile(p));
  expect(unlisted).toEqual([]);

  // every citation resolves to an entry on the sources page
  expect(citations.size).toBeGreaterThan(10);
  const sources = await (await request.get('/sources')).text();
  const entries = new Set([...sources.matchAll(/<li\b[^>]*\sid="(source-[^"]+)"/g)].map((m) => m[1]));
  const missing = [...citations].filter(([id]) => !entries.has(id)).map(([id, from]) => `${id} (cited on ${from})`);
  expect(missing).toEqual([]);
});
