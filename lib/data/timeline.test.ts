import { describe, expect, it } from 'vitest';

import { known, unknown } from '../core/quantity';
import type { Facility } from './schemas/facility';
import { isoDateToUtcMs, lastChangeOf, latestState, reportedTurbineMw, statesOverTime } from './timeline';

const m = (v: number, asOf: string) => known('MW', v, { asOf, sourceIds: ['s'] });

const facility = {
  id: 'f',
  timeline: [
    { date: '2024-06', title: 'a', description: 'a', sourceIds: ['s'], changes: { gridPowerSuppliedMw: m(8, '2024-06') } },
    {
      date: '2024-08',
      title: 'b',
      description: 'b',
      sourceIds: ['s'],
      changes: {
        gridPowerSuppliedMw: m(50, '2024-08'),
        onsiteTurbinesReportedCount: known('turbines', 18, { asOf: '2024-08', sourceIds: ['s'] }),
        onsiteTurbineUnitMw: known('MW/turbine', 5.6, { asOf: '2024-08', sourceIds: ['t'] }),
      },
    },
    { date: '2024-11-07', title: 'c', description: 'c', sourceIds: ['s'], changes: { gridPowerApprovedMw: m(150, '2024-11-07') } },
    { date: '2025-04', title: 'd', description: 'd', sourceIds: ['s'], changes: { onsiteTurbinesReportedMw: m(421, '2025-04') } },
    {
      date: '2025-05-01',
      title: 'e',
      description: 'e',
      sourceIds: ['s'],
      changes: { onsiteTurbinesReportedMw: unknown('MW', 'no count') },
    },
  ],
} as unknown as Facility;

describe('statesOverTime', () => {
  it('carries each figure forward until an event changes it', () => {
    const states = statesOverTime(facility);
    expect(states.map((s) => s.state.gridPowerSuppliedMw?.kind === 'known' && s.state.gridPowerSuppliedMw.value)).toEqual([
      8, 50, 50, 50, 50,
    ]);
    expect(states.map((s) => s.state.gridPowerApprovedMw?.kind === 'known' && s.state.gridPowerApprovedMw.value)).toEqual([
      false,
      false,
      150,
      150,
      150,
    ]);
  });

  it('ends in the latest state', () => {
    expect(latestState(facility).event.title).toBe('e');
  });

  it('finds the event a current figure comes from', () => {
    expect(lastChangeOf(facility, 'gridPowerSuppliedMw')?.date).toBe('2024-08');
    expect(lastChangeOf(facility, 'gpuCount')).toBeUndefined();
  });
});

describe('reportedTurbineMw', () => {
  const states = statesOverTime(facility);

  it('is our product of count × rating where no total was published', () => {
    const q = reportedTurbineMw(states[1]!.state);
    expect(q?.kind).toBe('known');
    if (q?.kind !== 'known') return;
    expect(q.value).toBeCloseTo(100.8, 9);
    expect(q.derivation?.formula).toMatch(/18 turbines × 5\.6 MW per turbine/);
    expect(q.sourceIds).toEqual(['s', 't']);
  });

  it('is the published total where there is one', () => {
    const q = reportedTurbineMw(states[3]!.state);
    expect(q?.kind === 'known' && q.value).toBe(421);
    expect(q?.kind === 'known' && q.derivation).toBeUndefined();
  });

  it('is unknown where the sources stop counting', () => {
    expect(reportedTurbineMw(states[4]!.state)?.kind).toBe('unknown');
  });

  it('is absent before any turbine was reported', () => {
    expect(reportedTurbineMw(states[0]!.state)).toBeUndefined();
  });
});

describe('isoDateToUtcMs', () => {
  it.each([
    ['2024-09-02', Date.UTC(2024, 8, 2)],
    ['2024-08', Date.UTC(2024, 7, 1)],
    ['2018', Date.UTC(2018, 0, 1)],
  ])('%s', (iso, ms) => {
    expect(isoDateToUtcMs(iso)).toBe(ms);
  });
});
