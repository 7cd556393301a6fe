import { describe, expect, it } from 'vitest';

import { loadDataset } from './load';
import { DATA_DIR, type Json, problemsOf, useDataCopies } from './test-broken-data';

describe('the decisions register', () => {
  const { decisions, facilities } = loadDataset(DATA_DIR);

  it('holds the pending decisions, each for known sites, the unconfirmed ones with who reports them', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(10);
    for (const d of decisions) {
      for (const id of d.facilityIds) expect(facilities.map((f) => f.id)).toContain(id);
      if (!d.confirmed) expect(d.reportedBy, d.id).toBeDefined();
    }
  });

  it("has Colossus 1's permit expiry, from the permit's own record", () => {
    const permit = decisions.find((d) => d.id === 'colossus-1-air-permit');
    expect(permit?.when?.date).toBe('2027-01-02');
    expect(permit?.confirmed).toBe(true);
  });
});

describe('a broken decisions file', () => {
  const { brokenCopy } = useDataCopies();

  const cases: { name: string; mutate: (j: Json) => void; expected: RegExp }[] = [
    {
      name: 'a decided decision without its outcome',
      mutate: (j) => {
        j.decisions[0].status = 'decided';
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.outcome: a decided decision needs its outcome/,
    },
    {
      name: 'an outcome on a pending decision',
      mutate: (j) => {
        j.decisions[0].outcome = { date: '2027-01-05', text: 'Renewed.', sourceIds: ['techcrunch-2025-07-permit'] };
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.status: has an outcome/,
    },
    {
      name: 'an unconfirmed decision that does not say who reports it',
      mutate: (j) => {
        j.decisions[0].confirmed = false;
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.reportedBy: an unconfirmed decision must say who reports it/,
    },
    {
      name: 'a scheduled decision without a date',
      mutate: (j) => {
        j.decisions[0].status = 'scheduled';
        delete j.decisions[0].when;
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.when: a scheduled decision needs its date/,
    },
    {
      name: 'a date that is not a date',
      mutate: (j) => {
        j.decisions[0].when.date = '2027-02-30';
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.when\.date: must be an ISO date/,
    },
    {
      name: 'a site that does not exist',
      mutate: (j) => {
        j.decisions[0].facilityIds = ['colossus-9'];
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.facilityIds\[0\]: unknown facility "colossus-9"/,
    },
    {
      name: 'a source that is not in the registry',
      mutate: (j) => {
        j.decisions[0].sourceIds = ['no-such-source'];
      },
      expected: /^data\/decisions\.json: decisions\[0\]\.sourceIds\[0\]: unknown source id "no-such-source"/,
    },
    {
      name: 'two decisions with one id',
      mutate: (j) => {
        j.decisions[1].id = j.decisions[0].id;
      },
      expected: /^data\/decisions\.json: decisions\[1\]\.id: duplicate decision id/,
    },
  ];

  it.each(cases)('is rejected with file and field named: $name', ({ mutate, expected }) => {
    const problems = problemsOf(brokenCopy('decisions.json', mutate));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
