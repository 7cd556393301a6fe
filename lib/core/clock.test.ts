import { describe, expect, it } from 'vitest';

import { lastDayOf, localDate, nextDay, now, startOfDay } from './clock';

describe('the clock', () => {
  it('is frozen by CLOCK_NOW, and a bad CLOCK_NOW is an error that says what is allowed', () => {
    expect(now({ CLOCK_NOW: '2027-01-02T12:00:00Z' }).toISOString()).toBe('2027-01-02T12:00:00.000Z');
    expect(() => now({ CLOCK_NOW: 'tomorrow' })).toThrow(/CLOCK_NOW must be an ISO date-time/);
    const before = Date.now();
    expect(now({}).getTime()).toBeGreaterThanOrEqual(before);
  });

  it('dates by Central time: 3 a.m. UTC on 3 January is still 2 January in Memphis', () => {
    expect(localDate(new Date('2027-01-03T03:00:00Z'))).toBe('2027-01-02');
    expect(localDate(new Date('2027-01-03T06:00:00Z'))).toBe('2027-01-03');
  });

  it('begins a day at local midnight, in winter (UTC−6) and summer (UTC−5)', () => {
    expect(startOfDay('2027-01-03').toISOString()).toBe('2027-01-03T06:00:00.000Z');
    expect(startOfDay('2026-07-01').toISOString()).toBe('2026-07-01T05:00:00.000Z');
  });

  it('begins the days around the clock changes at their own midnight', () => {
    // DST starts 14 March 2027 at 2 a.m. and ends 7 November 2027 at 2 a.m.; midnight is before both
    expect(startOfDay('2027-03-14').toISOString()).toBe('2027-03-14T06:00:00.000Z');
    expect(startOfDay('2027-03-15').toISOString()).toBe('2027-03-15T05:00:00.000Z');
    expect(startOfDay('2027-11-07').toISOString()).toBe('2027-11-07T05:00:00.000Z');
    expect(startOfDay('2027-11-08').toISOString()).toBe('2027-11-08T06:00:00.000Z');
  });

  it('counts a month or a year to its last day', () => {
    expect(lastDayOf('2027-03')).toBe('2027-03-31');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(lastDayOf('2027')).toBe('2027-12-31');
    expect(lastDayOf('2027-01-02')).toBe('2027-01-02');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });
});
