import { describe, expect, it } from 'vitest';

import { byWhatComesNext, nextChange, stateOn } from './state';

const permit = { when: { date: '2027-01-02', what: 'expires', sourceIds: ['s'] } };
const byMarch = { when: { date: '2027-03', what: 'restart', sourceIds: ['s'] } };
const board = { when: { date: '2026-08-20', what: 'meets', sourceIds: ['s'] } };
const undated = {};
const decided = {
  when: { date: '2026-08-20', what: 'meets', sourceIds: ['s'] },
  outcome: { date: '2026-08-20', text: 'Approved.', sourceIds: ['s'] },
};

describe('where a decision stands', () => {
  it('is upcoming up to and on its date, and passed from the next day', () => {
    expect(stateOn(permit, '2027-01-01')).toBe('upcoming');
    expect(stateOn(permit, '2027-01-02')).toBe('upcoming');
    expect(stateOn(permit, '2027-01-03')).toBe('passed');
  });

  it('counts "by March 2027" as upcoming to the end of March', () => {
    expect(stateOn(byMarch, '2027-03-31')).toBe('upcoming');
    expect(stateOn(byMarch, '2027-04-01')).toBe('passed');
  });

  it('is decided once the data has an outcome, whatever the date, and undated without a date', () => {
    expect(stateOn(decided, '2026-08-01')).toBe('decided');
    expect(stateOn(undated, '2026-12-06')).toBe('undated');
  });

  it('changes next on the day after the soonest date still ahead', () => {
    expect(nextChange([permit, byMarch, board, undated], '2026-12-06')).toBe('2027-01-03');
    expect(nextChange([permit, byMarch, board, undated], '2027-01-03')).toBe('2027-04-01');
    expect(nextChange([permit, byMarch, board], '2027-04-01')).toBeUndefined();
  });

  it('orders what comes next first: ahead (soonest first), passed (latest first), undated, decided', () => {
    const order = byWhatComesNext([decided, undated, board, byMarch, permit], '2026-12-06');
    expect(order).toEqual([permit, byMarch, board, undated, decided]);
    const later = byWhatComesNext([decided, undated, board, byMarch, permit], '2027-02-01');
    expect(later).toEqual([byMarch, permit, board, undated, decided]);
  });
});
