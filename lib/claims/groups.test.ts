import { describe, expect, it } from 'vitest';

import { claimContext } from './context';
import { CLAIMANT_GROUPS, GROUP_OF_KIND, groupClaims } from './groups';
import { type ClaimResult, ledgerFor, VERDICTS } from './ledger';
import { listFacilities } from '../data/load';
import { CLAIMANT_KINDS, type Claim } from '../data/schemas/claims';

function ledgerOf(facilityId: string) {
  const found = claimContext(facilityId);
  if (found === undefined) throw new Error(`expected a claims file for ${facilityId}`);
  return ledgerFor(found.file, found.ctx);
}

const withFacilities = listFacilities().filter((f) => claimContext(f.id) !== undefined);

/** A checked claim of the committed data with who made it and when changed: the grouping reads only those. */
function as(base: ClaimResult, change: Partial<Pick<Claim, 'id' | 'claimantKind' | 'date'>>): ClaimResult {
  return { ...base, claim: { ...base.claim, ...change } };
}

describe('grouping the claims by who made them', () => {
  const ledger = ledgerOf('colossus-1');
  const base = ledger.results[0] as ClaimResult;

  it('puts the company first, then the utility and officials, then advocates, then the press and other reports', () => {
    const order = groupClaims(ledger.results).map((g) => g.id);
    expect(order).toEqual(['company', 'officials', 'advocates', 'press']);
    // whatever order the file gives them in, a company claim lands in the first group
    const reversed = CLAIMANT_KINDS.toReversed().map((kind, i) => as(base, { id: `c${i}`, claimantKind: kind }));
    const groups = groupClaims(reversed);
    expect(groups[0]?.results.map((r) => r.claim.claimantKind)).toEqual(['company']);
    expect(
      groups
        .at(-1)
        ?.results.map((r) => r.claim.claimantKind)
        .sort(),
    ).toEqual(['online forum', 'press', 'public records']);
  });

  it('gives every kind of claimant in the schema a group', () => {
    for (const kind of CLAIMANT_KINDS) {
      expect(
        CLAIMANT_GROUPS.map((g) => g.id),
        kind,
      ).toContain(GROUP_OF_KIND[kind]);
    }
  });

  it('orders a group by date, oldest first; claims of the same date keep the order of the file', () => {
    const results = [
      as(base, { id: 'late', claimantKind: 'press', date: '2026-02-04' }),
      as(base, { id: 'first-of-2024', claimantKind: 'press', date: '2024' }),
      as(base, { id: 'month', claimantKind: 'press', date: '2026-02' }),
      as(base, { id: 'second-of-2024', claimantKind: 'public records', date: '2024' }),
      as(base, { id: 'middle', claimantKind: 'online forum', date: '2025-12-31' }),
    ];
    const press = groupClaims(results).find((g) => g.id === 'press');
    expect(press?.results.map((r) => r.claim.id)).toEqual(['first-of-2024', 'second-of-2024', 'middle', 'month', 'late']);
    // the input is left as it was
    expect(results.map((r) => r.claim.id)).toEqual(['late', 'first-of-2024', 'month', 'second-of-2024', 'middle']);
  });

  it('returns every group, an empty one with no claims and zero counts', () => {
    const groups = groupClaims([as(base, { claimantKind: 'advocates' })]);
    expect(groups).toHaveLength(CLAIMANT_GROUPS.length);
    const company = groups.find((g) => g.id === 'company');
    expect(company?.results).toEqual([]);
    expect(Object.values(company?.counts ?? {})).toEqual([0, 0, 0]);
  });

  it.each(withFacilities.map((f) => f.id))('%s: every claim in exactly one group, of its own side, with the verdicts counted', (id) => {
    const { results, counts } = ledgerOf(id);
    const groups = groupClaims(results);
    const placed = groups.flatMap((g) => g.results.map((r) => r.claim.id));
    expect(placed.toSorted()).toEqual(results.map((r) => r.claim.id).toSorted());
    expect(new Set(placed).size).toBe(placed.length);
    for (const g of groups) {
      for (const r of g.results) expect(GROUP_OF_KIND[r.claim.claimantKind], r.claim.id).toBe(g.id);
      for (const v of VERDICTS) expect(g.counts[v], `${g.id}: ${v}`).toBe(g.results.filter((r) => r.verdict === v).length);
      expect(VERDICTS.reduce((n, v) => n + g.counts[v], 0)).toBe(g.results.length);
    }
    for (const v of VERDICTS)
      expect(
        groups.reduce((n, g) => n + g.counts[v], 0),
        v,
      ).toBe(counts[v]);
  });

  it("on Colossus 1, the company group holds xAI's own claim and the press group the 2024 article's", () => {
    const groups = groupClaims(ledger.results);
    expect(groups[0]?.results.map((r) => r.claim.claimant)).toContain('xAI');
    const press = groups.find((g) => g.id === 'press');
    expect(press?.results.some((r) => r.claim.claimant.startsWith('The 2024 article'))).toBe(true);
  });
});

describe('who made each claim, in the committed data', () => {
  const claims = withFacilities.flatMap((f) => ledgerOf(f.id).results.map((r) => r.claim));

  it.each([
    [/^(xAI|Elon Musk)\b/, 'company'],
    [/^(Memphis Light, Gas and Water|MLGW)/, 'utility'],
    [/^Southern Environmental Law Center/, 'advocates'],
    [/^The 2024 article/, 'press'],
    [/forum/i, 'online forum'],
  ] as const)('a claimant matching %s is counted as %s', (pattern, kind) => {
    const matching = claims.filter((c) => pattern.test(c.claimant));
    expect(matching.length).toBeGreaterThan(0);
    for (const c of matching) expect(c.claimantKind, `${c.id}: ${c.claimant}`).toBe(kind);
  });
});
