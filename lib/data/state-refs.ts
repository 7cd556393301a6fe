/**
 * One table of state baselines, used everywhere: a place's household baseline that names a row of
 * data/states.json (`"stateTable": "TN"`, or `"US"` for the nation) takes its electricity a month (and, for a
 * state, its residential customers as `homes`) from that table, with the table's date and sources, so that
 * the same state gives the same home on the facility pages and in the calculator. Done on the raw file before
 * it is validated; a baseline that both names a row and gives its own figure is an error, naming both.
 */
import type { KnownQuantity, Quantity } from '../core/quantity';
import type { StatesFile } from './schemas/states';

type RawFact = { value: number; asOf: string; sourceIds: string[]; note?: string };

function rawOf(q: Quantity): RawFact | undefined {
  if (q.kind !== 'known') return undefined;
  const k = q as KnownQuantity;
  return { value: k.value, asOf: k.asOf, sourceIds: k.sourceIds, ...(k.note === undefined ? {} : { note: k.note }) };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The place's raw JSON with every baseline that names a row of the state table filled in from it; problems are pushed, naming the field. */
export function withStateTable(raw: unknown, states: StatesFile, label: string, problems: string[]): unknown {
  if (!isObject(raw) || !Array.isArray(raw.householdBaselines)) return raw;
  const baselines = raw.householdBaselines.map((b: unknown, i: number) => {
    if (!isObject(b) || b.stateTable === undefined) return b;
    const at = `${label}: householdBaselines[${i}]`;
    const code = b.stateTable;
    for (const own of ['electricityKwhPerMonth', 'homes'] as const) {
      if (b[own] !== undefined) problems.push(`${at}.${own}: given here and by stateTable "${String(code)}": the table's figure is the one used, remove this one`);
    }
    if (code === 'US') {
      const us = rawOf(states.us.electricityKwhPerMonth);
      return us === undefined ? b : { ...b, electricityKwhPerMonth: us };
    }
    const row = states.states.find((s) => s.code === code);
    if (row === undefined) {
      problems.push(`${at}.stateTable: "${String(code)}" is not a row of data/states.json (its codes: ${states.states.map((s) => s.code).join(', ')}, or US)`);
      return b;
    }
    const kwh = states.columns.electricityKwhPerMonth;
    const customers = states.columns.residentialCustomers;
    return {
      ...b,
      electricityKwhPerMonth: { value: row.electricityKwhPerMonth, asOf: kwh.asOf, sourceIds: kwh.sourceIds, note: kwh.note },
      homes: { value: row.residentialCustomers, asOf: customers.asOf, sourceIds: customers.sourceIds, note: customers.note },
    };
  });
  return { ...raw, householdBaselines: baselines };
}
