import { describe, expect, it } from 'vitest';

import { type Json, problemsOf, useDataCopies } from './test-broken-data';

/** The loader's checks of a source's date and addresses: a reader can always cite it, and the build names what is missing. */
describe('a broken source', () => {
  const { brokenCopy } = useDataCopies();

  const cases: { name: string; mutate: (j: Json) => void; expected: RegExp }[] = [
    {
      name: 'no date and no reason why',
      mutate: (j) => {
        j.sources[1].publishedOn = null;
      },
      expected: /^data\/sources\.json: sources\[1\]\.publishedOn: no date: give the original's date of publication, or say in `undated` why/,
    },
    {
      name: 'a date, and a reason why it has none',
      mutate: (j) => {
        j.sources[1].undated = 'an undated page';
      },
      expected: /^data\/sources\.json: sources\[1\]\.undated: only for a source with no date of its own/,
    },
    {
      name: 'no address at all and no reason why',
      mutate: (j) => {
        j.sources[1].url = null;
      },
      expected: /^data\/sources\.json: sources\[1\]\.url: no address: give the original's \(url\) or the copy's \(copy\.url\)/,
    },
    {
      name: 'a reason for no address, with an address',
      mutate: (j) => {
        j.sources[1].noAddress = 'none found';
      },
      expected: /^data\/sources\.json: sources\[1\]\.noAddress: only for a source with no address at all/,
    },
    {
      name: 'a copy older than its original',
      mutate: (j) => {
        j.sources[1].copy = { kind: 'copy', url: 'https://example.org/copy', publishedOn: '2020-01-01', what: 'a mirror' };
      },
      expected: /^data\/sources\.json: sources\[1\]\.copy\.publishedOn: comes before the original's date/,
    },
    {
      name: "a copy at the original's address",
      mutate: (j) => {
        j.sources[1].copy = { kind: 'copy', url: j.sources[1].url, what: 'a mirror' };
      },
      expected: /^data\/sources\.json: sources\[1\]\.copy\.url: is the original's address/,
    },
    {
      name: 'a copy without what it is',
      mutate: (j) => {
        j.sources[1].copy = { kind: 'copy', url: 'https://example.org/copy' };
      },
      expected: /^data\/sources\.json: sources\[1\]\.copy\.what: /,
    },
    {
      name: 'a copy that is neither a copy nor a quotation',
      mutate: (j) => {
        j.sources[1].copy = { kind: 'archive', url: 'https://example.org/copy', what: 'a mirror' };
      },
      expected: /^data\/sources\.json: sources\[1\]\.copy\.kind: /,
    },
    {
      name: 'the old free-text "via"',
      mutate: (j) => {
        j.sources[1].via = 'a mirror';
      },
      expected: /^data\/sources\.json: sources\[1\]: .*via/,
    },
    {
      name: 'read before it was published',
      mutate: (j) => {
        j.sources[1].accessedOn = '2020-01-01';
      },
      expected: /^data\/sources\.json: sources\[1\]\.accessedOn: comes before the date of the text read/,
    },
  ];

  it.each(cases)('is rejected with file and field named: $name', ({ mutate, expected }) => {
    const problems = problemsOf(brokenCopy('sources.json', mutate));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
