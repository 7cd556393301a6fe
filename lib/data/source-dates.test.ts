import { describe, expect, it } from 'vitest';

import { listSources } from './load';
import type { Source } from './schemas/sources';
import {
  addressesOf,
  followableAddress,
  howReadWords,
  publicationDate,
  sourceDateSentence,
  sourceDateWords,
  sourceDating,
} from './source-dates';

const base: Source = {
  id: 's',
  title: 'T',
  publisher: 'P',
  publishedOn: '2025-07-03',
  url: 'https://example.org/original',
  accessedOn: '2026-11-28',
};
const copy = { kind: 'copy' as const, url: 'https://example.org/copy', what: 'a mirror' };

describe('how a source is dated', () => {
  it('by its own publication, where it has one', () => {
    expect(sourceDating(base)).toEqual({ by: 'published', date: '2025-07-03' });
    expect(sourceDateWords(base)).toBe('3 Jul 2025');
    expect(sourceDateWords(base, { month: true })).toBe('Jul 2025');
    expect(sourceDateSentence(base)).toBe('3 Jul 2025');
    expect(publicationDate(base)).toBe('2025-07-03');
  });

  it('gives the copy’s own date beside the original’s', () => {
    const s = { ...base, copy: { ...copy, publishedOn: '2025-07-05' } };
    expect(sourceDateWords(s)).toBe('3 Jul 2025');
    expect(sourceDateSentence(s)).toBe('3 Jul 2025 (the copy read: 5 Jul 2025)');
    expect(howReadWords(s)).toBe('read in a copy');
    expect(howReadWords({ ...s, copy: { ...s.copy, kind: 'quotation' } })).toBe('read as quoted elsewhere');
    expect(howReadWords(base)).toBeUndefined();
  });

  it('a living source by the copy read ("as of"), else by the day it was read, and says why', () => {
    const living = { ...base, publishedOn: null, undated: 'a living dataset' };
    expect(sourceDating(living)).toEqual({ by: 'read', date: '2026-11-28' });
    expect(sourceDateWords(living)).toBe('read 28 Nov 2026');
    expect(sourceDateSentence(living)).toBe('No date of its own (a living dataset); read 28 Nov 2026');
    expect(publicationDate(living)).toBeUndefined();
    const snapshot = { ...living, copy: { ...copy, publishedOn: '2025-06-07' } };
    expect(sourceDateWords(snapshot)).toBe('as of 7 Jun 2025');
    expect(sourceDateWords(snapshot, { month: true })).toBe('as of Jun 2025');
    expect(publicationDate(snapshot)).toBe('2025-06-07');
  });

  it('finds the address to follow: the original’s, else the copy’s', () => {
    expect(followableAddress(base)).toEqual({ url: 'https://example.org/original', of: 'original' });
    expect(followableAddress({ ...base, url: null, copy })).toEqual({ url: 'https://example.org/copy', of: 'copy' });
    expect(followableAddress({ ...base, url: null, noAddress: 'none' })).toBeUndefined();
    expect(addressesOf({ ...base, copy })).toEqual(['https://example.org/original', 'https://example.org/copy']);
  });
});

describe('the committed sources: every one has a date and an address a reader can cite', () => {
  const sources = listSources();

  it('dates every source by its publication, its copy or the day it was read, never "not recorded"', () => {
    for (const s of sources) {
      const words = sourceDateWords(s);
      expect(words, s.id).not.toMatch(/not recorded/i);
      expect(words, s.id).toMatch(/^(\d{1,2} )?(\w{3} )?\d{4}$|^as of |^read \d/);
      if (s.publishedOn === null) expect(s.undated, `${s.id}: why it has no date`).toBeTruthy();
      expect(sourceDateSentence(s), s.id).not.toMatch(/not recorded/i);
    }
  });

  it('gives every source an address to follow, or says why there is none', () => {
    const without = sources.filter((s) => followableAddress(s) === undefined);
    for (const s of without) expect(s.noAddress, s.id).toBeTruthy();
    // the article this project started from, two repository files found through an index with no repository names, and two
    // documents not found themselves, known only from such files (the satellite preprint; the advocates' filing of May 2026)
    expect(without.map((s) => s.id).sort()).toEqual([
      'gauld-2026-satellite-nox-southaven',
      'naacp-2026-05-southaven-potential-to-emit',
      'repo-2026-09-data-center-locations',
      'repo-2026-xai-map-dataset',
      'seed-article-2024-de',
    ]);
  });

  it('says, for every source read in a copy, what the copy is', () => {
    for (const s of sources.filter((x) => x.copy !== undefined)) expect(s.copy?.what, s.id).toMatch(/\w/);
    expect(sources.filter((s) => s.copy !== undefined).length).toBeGreaterThan(50);
  });
});
