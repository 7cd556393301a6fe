import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';

import { getSource, listFacilities } from '../data/load';
import {
  CSV_COLUMNS,
  getOpenData,
  LICENCE,
  NO_ADDRESS,
  NO_COPY,
  type OpenDataFile,
  type OpenDataRow,
  scenarioTag,
  toCsv,
  toJson,
} from './open-data';
import { getOverview } from './overview';
import { getPowerDetail } from './power';
import { parseScenario, type Scenario } from '../scenario/scenario';
import { scenarioContext } from '../scenario/context';
import { UNITS } from '../core/units';

const id = listFacilities()[0]!.id;
const TODAY = '2026-03-01';

function scenario(query: string): Scenario {
  const result = parseScenario(new URLSearchParams(query), scenarioContext(id)!);
  if (!result.ok) throw new Error(`bad test scenario ${query}`);
  return result.scenario;
}

function file(query = ''): OpenDataFile {
  const f = getOpenData(id, query === '' ? undefined : scenario(query), TODAY);
  if (f === undefined) throw new Error('no open data');
  return f;
}

function row(f: OpenDataFile, rowId: string): OpenDataRow {
  const r = f.figures.find((x) => x.id === rowId);
  if (r === undefined) throw new Error(`no row ${rowId}`);
  return r;
}

/** Reads the CSV as a reader would: "#" lines skipped, the first row as the header. */
function readCsv(csv: string): Record<string, string>[] {
  return parse(csv, { comment: '#', comment_no_infix: true, columns: true }) as Record<string, string>[];
}

describe('open data rows', () => {
  const f = file();

  it('gives every figure a unique id, a section, a unit, a range, a date and its sources with their addresses', () => {
    expect(f.figures.length).toBeGreaterThan(100);
    expect(new Set(f.figures.map((r) => r.id)).size).toBe(f.figures.length);
    for (const r of f.figures) {
      expect(r.id).toMatch(/^[a-zA-Z0-9.-]+$/);
      expect(['overview', 'power', 'water', 'concerns', 'claims']).toContain(r.section);
      expect(Object.keys(UNITS)).toContain(r.unit);
      expect(r.unitWords).toBe(UNITS[r.unit].long);
      expect(typeof r.asOf).toBe('string');
      expect(r.sourceUrls).toEqual(r.sourceIds.map((s) => getSource(s).url));
      expect(r.sourceCopyUrls).toEqual(r.sourceIds.map((s) => getSource(s).copy?.url ?? null));
      if (r.kind === 'unknown') {
        expect([r.value, r.low, r.high]).toEqual([null, null, null]);
        expect(r.unknownReason).toMatch(/\w/);
      } else {
        expect(r.low! <= r.value! && r.value! <= r.high!).toBe(true);
        expect(r.unknownReason).toBeNull();
      }
      if (r.kind === 'computed') expect(r.formula).toMatch(/\w/);
      if (r.kind === 'sourced' && r.section !== 'claims') expect(r.sourceIds.length).toBeGreaterThan(0);
    }
  });

  it('covers the headline figures of every page, with the values the pages show', () => {
    const overview = getOverview(id)!;
    const approved = overview.power.find((p) => p.key === 'gridApproved')!;
    const households = row(f, 'power.gridApproved.households');
    expect(households.section).toBe('overview');
    expect(households.kind).toBe('computed');
    expect(households.value).toBe(approved.households.overall.kind === 'known' ? approved.households.overall.value : null);
    expect(households.formula).toBe(approved.households.overall.kind === 'known' ? approved.households.overall.derivation?.formula : null);
    for (const rowId of [
      'water.onsiteUse',
      'water.people',
      'power.gridApproved.annualEnergy',
      'water.recycling.timesFacilityUse',
      'air.permit.units',
    ]) {
      expect(row(f, rowId).value).not.toBeUndefined();
    }
    expect(f.figures.some((r) => r.section === 'concerns' && r.id.startsWith('air.emissions.'))).toBe(true);
  });

  it('includes each claim with its verdict, the claimed figure and the data figure', () => {
    expect(f.claims.length).toBeGreaterThan(0);
    for (const c of f.claims) {
      expect(['consistent', 'inconsistent', 'cannot be checked']).toContain(c.verdict);
      expect(c.claimed.id).toBe(`claims.${c.id}.claimed`);
      expect(row(f, c.data.id).verdict).toBe(c.verdict);
    }
  });

  it('records the unknown figures without a value, with the reason', () => {
    const unknown = f.figures.filter((r) => r.kind === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    const csvRows = readCsv(toCsv(f));
    const first = csvRows.find((r) => r.id === unknown[0]!.id)!;
    expect(first.value).toBe('');
    expect(first.unknown_reason).toBe(unknown[0]!.unknownReason);
  });

  it('carries the scenario, the generation date and the licence', () => {
    expect(f.scenario).toEqual({ query: '', words: expect.arrayContaining([expect.stringMatching(/load factor 1/)]) });
    expect(f.dataUpdated).toBe(TODAY);
    expect(f.licence).toBe(LICENCE);
    const g = file('loadFactor=0.5&household=us');
    expect(g.scenario.query).toBe('loadFactor=0.5&household=us');
    expect(g.scenario.words.join('; ')).toMatch(/load factor 0\.5/);
    expect(row(g, 'power.gridApproved.mw').page).toBe(`/facilities/${id}?loadFactor=0.5&household=us`);
  });

  it('follows the scenario: a load factor of 0.5 halves the yearly energy and the homes by energy, not the power', () => {
    const full = file();
    const half = file('loadFactor=0.5');
    for (const rowId of ['power.gridApproved.annualEnergy', 'air.grid.energy']) {
      const a = row(full, rowId);
      const b = row(half, rowId);
      expect(b.value).toBeCloseTo(a.value! / 2, 6);
      expect(b.low).toBeCloseTo(a.low! / 2, 6);
      expect(b.high).toBeCloseTo(a.high! / 2, 6);
    }
    // the homes start from the yearly energy as shown (three figures), so they halve to within that rounding
    const [a, b] = [row(full, 'power.gridApproved.households'), row(half, 'power.gridApproved.households')];
    for (const k of ['value', 'low', 'high'] as const) expect(Math.abs(b[k]! / (a[k]! / 2) - 1)).toBeLessThan(0.01);
    expect(row(half, 'power.gridApproved.annualEnergy').value).toBe(
      (() => {
        const q = getPowerDetail(id, scenario('loadFactor=0.5'))!.city!.annualEnergy;
        return q.kind === 'known' ? q.value : null;
      })(),
    );
    expect(row(half, 'power.gridApproved.mw').value).toBe(row(full, 'power.gridApproved.mw').value);
    expect(row(half, 'scenario.loadFactor').value).toBe(0.5);
  });
});

describe('the CSV', () => {
  const f = file();

  it('opens with "# " metadata lines, then the header, then one row per figure that reads back exactly', () => {
    const csv = toCsv(f);
    const lines = csv.split('\n');
    const meta = lines.slice(
      0,
      lines.findIndex((l) => !l.startsWith('#')),
    );
    expect(meta.every((l) => l.startsWith('# '))).toBe(true);
    expect(meta.join('\n')).toContain(LICENCE);
    expect(meta.join('\n')).toContain(`Data updated: ${TODAY}`);
    expect(meta.join('\n')).toContain('Scenario: default');
    expect(lines[meta.length]).toBe(CSV_COLUMNS.join(','));
    const rows = readCsv(csv);
    expect(rows).toHaveLength(f.figures.length);
    rows.forEach((r, i) => {
      const x = f.figures[i]!;
      expect(r.id).toBe(x.id);
      expect(r.label).toBe(x.label);
      expect(r.value).toBe(x.value === null ? '' : String(x.value));
      expect(r.source_ids!.split(' | ').filter(Boolean)).toEqual(x.sourceIds);
      expect(r.source_urls).toBe(x.sourceUrls.map((u) => u ?? NO_ADDRESS).join(' | '));
      expect(r.source_copy_urls).toBe(
        x.sourceIds.map((s, j) => (getSource(s).copy ? (x.sourceCopyUrls[j] ?? NO_ADDRESS) : NO_COPY)).join(' | '),
      );
      expect(r.note).toBe(x.note ?? '');
    });
  });

  const hostile = [
    ['=1+1', "'=1+1"],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "'\rCR"],
    ['a "quoted", comma', 'a "quoted", comma'],
    ['two\nlines', 'two\nlines'],
    ['ends with # hash, like a URL fragment #page=3', 'ends with # hash, like a URL fragment #page=3'],
    ['plain text', 'plain text'],
  ] as const;

  it('neutralises a label or note that a spreadsheet would run as a formula, and quotes commas, quotes and line breaks', () => {
    const base = f.figures[0]!;
    const crafted: OpenDataFile = {
      ...f,
      figures: hostile.map(([text], i) => ({ ...base, id: `test.${i}`, label: text, note: text, formula: text })),
    };
    const rows = readCsv(toCsv(crafted));
    expect(rows).toHaveLength(hostile.length);
    hostile.forEach(([, expected], i) => {
      expect(rows[i]!.label).toBe(expected);
      expect(rows[i]!.note).toBe(expected);
      expect(rows[i]!.formula).toBe(expected);
    });
  });

  it('keeps the metadata on one line each, whatever the scenario words hold', () => {
    const crafted: OpenDataFile = { ...f, scenario: { query: 'x', words: ['one\nsecond line', '=2'] } };
    const csv = toCsv(crafted);
    expect(csv.split('\n').filter((l) => l.includes('second line'))[0]).toMatch(/^# /);
    expect(readCsv(csv)).toHaveLength(f.figures.length);
  });
});

describe('the JSON', () => {
  it('writes <, > and & as escapes and reads back the same', () => {
    const value = { text: '<script>alert(1)</script> & more' };
    const out = toJson(value);
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('file names', () => {
  it('tags the default scenario and a custom one safely', () => {
    expect(scenarioTag('')).toBe('default');
    expect(scenarioTag('date=2025-05-01&loadFactor=0.5')).toBe('date-2025-05-01_loadFactor-0.5');
    expect(scenarioTag('a="x";b')).toBe('a-xb');
  });
});

describe('open data sources', () => {
  const f = file();

  it('gives every source its own date or why it has none, the date a reader cites it by, and both addresses', () => {
    expect(f.sources.length).toBeGreaterThan(10);
    for (const s of f.sources) {
      const src = getSource(s.id);
      expect(s.publishedOn).toBe(src.publishedOn);
      if (s.publishedOn === null) expect(s.undated).toMatch(/\w/);
      expect(s.citedDate).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect(['published', 'copy', 'read']).toContain(s.datedBy);
      expect(s.url).toBe(src.url);
      expect(s.copy?.url ?? null).toBe(src.copy?.url ?? null);
      if (s.url === null && s.copy?.url == null) expect(s.noAddress).toMatch(/\w/);
    }
    const tc = f.sources.find((s) => s.id === 'techcrunch-2025-07-permit');
    if (tc !== undefined) {
      expect(tc).toMatchObject({ publishedOn: '2025-07-03', datedBy: 'published', copy: { kind: 'copy' } });
      expect(tc.url).toMatch(/^https:\/\/techcrunch\.com\//);
    }
  });
});
