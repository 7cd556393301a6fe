import fs from 'node:fs';
import path from 'node:path';

import { DOMParser, type Element } from '@xmldom/xmldom';
import { describe, expect, it, vi } from 'vitest';

import { startOfDay } from '../core/clock';
import { formatDate } from '../core/format';
import { getSource } from '../data/load';
import { addressesOf, sourceDating } from '../data/source-dates';
import { atomFeed, currentFeedData, type FeedData, feedEntries, firstSentence } from './atom';
import { citeSource, citeSourceHtml } from './cite';

const ATOM = 'http://www.w3.org/2005/Atom';
const BASE = 'https://impact.example.org';
const DATA = path.join(process.cwd(), 'data');

type Raw = Record<string, unknown>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as Raw;
const filesIn = (dir: string) => fs.readdirSync(path.join(DATA, dir)).filter((f) => f.endsWith('.json'));

/** What the data files hold, read here directly, not through the loader. */
function expectedFromFiles() {
  const timeline = filesIn('facilities').flatMap((f) => (readJson(`facilities/${f}`).timeline as { date: string }[]).map((e) => e.date));
  const legal = filesIn('concerns').flatMap((f) => (readJson(`concerns/${f}`).legalTimeline as { date: string }[]).map((e) => e.date));
  const decisions = readJson('decisions.json').decisions as { id: string; reports?: { date: string; reportedBy: string }[] }[];
  const reports = decisions.flatMap((d) => d.reports ?? []);
  const changes = (readJson('changelog.json').entries as { date: string }[]).map((e) => e.date);
  return { count: timeline.length + legal.length + reports.length, reports, dataUpdated: changes.sort().at(-1) as string };
}

function parse(xml: string) {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
  const root = doc.documentElement;
  if (root === null) throw new Error('no root element');
  return root;
}

const children = (el: Element, name: string) =>
  Array.from(el.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM,
  );
const text = (el: Element, name: string) => children(el, name)[0]?.textContent ?? '';

/** HTML as a reader sees it: tags dropped, entities decoded. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('/feed.xml', () => {
  const xml = atomFeed(currentFeedData(), BASE);
  const feed = parse(xml);
  const entries = children(feed, 'entry');
  const expected = expectedFromFiles();

  it("is an Atom feed with its id, title, subtitle, updated (the data's last update), author and links", () => {
    expect(feed.localName).toBe('feed');
    expect(feed.namespaceURI).toBe(ATOM);
    expect(text(feed, 'id')).toBe('tag:impact.example.org,2026:feed');
    expect(text(feed, 'title')).toMatch(/what's new/);
    expect(text(feed, 'subtitle').length).toBeGreaterThan(40);
    // the start of that day in the sites' time zone
    expect(text(feed, 'updated')).toBe(startOfDay(expected.dataUpdated).toISOString());
    expect(text(children(feed, 'author')[0] as Element, 'name')).not.toBe('');
    const links = children(feed, 'link').map((l) => [l.getAttribute('rel'), l.getAttribute('href')]);
    expect(links).toContainEqual(['self', `${BASE}/feed.xml`]);
    expect(links).toContainEqual(['alternate', `${BASE}/`]);
  });

  it('has every dated event of the data files, at least 20, each with an id, a title, dates, a link and its sources named', () => {
    expect(entries.length).toBe(expected.count);
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const e of entries) {
      const id = text(e, 'id');
      expect(id).toMatch(/^tag:impact\.example\.org,2026:\S+$/);
      expect(plain(text(e, 'title')).trim()).not.toBe('');
      expect(text(e, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z$/);
      expect(text(e, 'published')).toBe(text(e, 'updated'));
      const href = children(e, 'link')[0]?.getAttribute('href') ?? '';
      expect(href.startsWith(`${BASE}/`)).toBe(true);
      const content = children(e, 'content')[0] as Element;
      expect(content.getAttribute('type')).toBe('html');
      const words = plain(content.textContent ?? '');
      expect(words, id).toMatch(/Sources?: /);
      expect(words).not.toMatch(/date not recorded/i);
    }
  });

  it('names each source by publisher, title, date (or, for one with none, the copy read or the day it was read) and every address', () => {
    for (const entry of feedEntries(currentFeedData(), BASE)) {
      const el = entries.find((e) => text(e, 'id') === entry.id) as Element;
      const words = plain(text(el, 'content'));
      for (const id of entry.sourceIds) {
        const s = getSource(id);
        expect(words).toContain(s.publisher);
        expect(words).toContain(s.title);
        const d = sourceDating(s);
        expect(words).toContain(`${{ published: 'published', copy: 'as of', read: 'read' }[d.by]} ${formatDate(d.date)}`);
        for (const url of addressesOf(s)) expect(words).toContain(url);
        if (s.url === null) expect(words).toContain(s.noAddress === undefined ? 'original’s address not found' : 'no address');
        if (s.copy !== undefined)
          expect(words).toContain(s.copy.kind === 'copy' ? `read in a copy: ${s.copy.what}` : `read as quoted elsewhere: ${s.copy.what}`);
      }
    }
  });

  it('cites a source read in a copy with both addresses', () => {
    const source = getSource('techcrunch-2025-07-permit');
    expect(citeSource(source)).toMatch(
      /^TechCrunch, "xAI gets permits .*", published 3 Jul 2025, https:\/\/techcrunch\.com\/2025\/07\/03\/\S+ \(read in a copy: a copy of the TechCrunch article, https:\/\/buyrenewedonline\.com\/\S+\)$/,
    );
    expect(citeSourceHtml(source)).toContain(`<a href="${source.copy?.url}">`);
  });

  it("puts the newest first, by the events' own dates", () => {
    const times = entries.map((e) => Date.parse(text(e, 'updated')));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('says when a source gives only a month, and dates such an entry the first day of it', () => {
    const monthOnly = feedEntries(currentFeedData(), BASE).filter((e) => e.date.length === 7);
    expect(monthOnly.length).toBeGreaterThan(0);
    for (const m of monthOnly) {
      const el = entries.find((e) => text(e, 'id') === m.id) as Element;
      expect(plain(text(el, 'content'))).toContain('The source gives only the month');
      expect(new Date(text(el, 'updated')).toISOString().slice(0, 10)).toBe(`${m.date}-01`);
    }
  });

  it('gives every entry a unique id, which other data does not change', () => {
    const ids = entries.map((e) => text(e, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    const data = currentFeedData();
    const before = new Map(feedEntries(data, BASE).map((e) => [`${e.title} ${e.date}`, e.id]));
    // another event added to each facility, its files in another order, and a decision with a report of its own
    const [first, ...rest] = data.facilities;
    const changed: FeedData = {
      ...data,
      facilities: [
        ...rest,
        ...(first
          ? [
              {
                ...first,
                timeline: [{ ...(first.timeline[0] as (typeof first.timeline)[number]), title: 'Something new' }, ...first.timeline],
              },
            ]
          : []),
      ],
      decisions: [
        {
          ...(data.decisions[0] as FeedData['decisions'][number]),
          id: 'another',
          reports: [{ date: '2026-01', text: 'Said.', reportedBy: 'x', sourceIds: [] }],
        },
        ...data.decisions,
      ],
      dataUpdated: '2027-01-01',
    };
    const after = new Map(feedEntries(changed, BASE).map((e) => [`${e.title} ${e.date}`, e.id]));
    for (const [key, id] of before) expect(after.get(key), key).toBe(id);
  });

  it('begins an entry made from a report with "Reported, not confirmed", and says who reports it', () => {
    expect(expected.reports.length).toBeGreaterThan(0);
    const reported = entries.filter((e) => text(e, 'id').includes(':decisions/'));
    expect(reported.length).toBe(expected.reports.length);
    for (const e of reported) {
      expect(plain(text(e, 'title'))).toMatch(/^Reported, not confirmed: /);
      expect(plain(text(e, 'content')).trim()).toMatch(/^Reported, not confirmed\. Who reports it: /);
    }
    for (const r of expected.reports) {
      expect(reported.some((e) => plain(text(e, 'content')).includes(r.reportedBy))).toBe(true);
    }
  });

  it('is the same bytes for the same data, whatever the clock', () => {
    vi.useFakeTimers({ now: new Date('2031-05-05T12:00:00Z') });
    try {
      expect(atomFeed(currentFeedData(), BASE)).toBe(xml);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop after a word, not after an initial', () => {
    expect(firstSentence('The hearing was postponed. No new date.')).toBe('The hearing was postponed');
    expect(firstSentence('The U.S. Court of Appeals ruled. Then more.')).toBe('The U.S. Court of Appeals ruled');
    expect(firstSentence('NAACP v. X.AI Corp. filed it.')).toBe('NAACP v. X.AI Corp. filed it');
  });
});
