import { describe, expect, it } from 'vitest';

import { toCsv, toJson } from '../pages/open-data';
import { scenarioErrorReport } from '../pages/scenario-error';
import { getProposal } from './model';
import { proposalFileName, proposalOpenData } from './open-data';
import { internalPath, settingsFromKey } from './route';
import type { CalculatorSettings } from './settings';

describe('internal keys', () => {
  it('render each canonical set of settings at one internal address', () => {
    expect(internalPath('page', '')).toBe('/view-calculator/form');
    expect(internalPath('packet', 'state=GA&mw=300')).toBe('/view-calculator/state%3DGA%26mw%3D300/packet');
    expect(settingsFromKey('form')).toBeUndefined();
    expect(settingsFromKey('state%3DGA%26mw%3D300')).toMatchObject({ state: 'GA', mw: 300 });
    expect(internalPath('preview', 'state=GA&mw=300')).toBe('/view-calculator/state%3DGA%26mw%3D300/preview.png');
  });

  it('read a key with an encoded name whether Next decoded the segment once (route handler, metadata) or not (page)', () => {
    for (const name of ['A&B', '<b>"x"</b>', '100%', 'مركز 🚀\u202e']) {
      const query = new URLSearchParams({ name, state: 'GA', mw: '300' }).toString();
      const segment = internalPath('page', query).split('/')[2] ?? '';
      expect(settingsFromKey(segment)).toMatchObject({ name, state: 'GA', mw: 300 });
      expect(settingsFromKey(decodeURIComponent(segment))).toMatchObject({ name, state: 'GA', mw: 300 });
    }
  });

  it('refuse a key that is not the canonical query of valid settings', () => {
    expect(settingsFromKey('mw%3D300%26state%3DGA')).toBe('invalid');
    expect(settingsFromKey('state%3Dga%26mw%3D300')).toBe('invalid');
    expect(settingsFromKey('state%3DGA%26mw%3D0')).toBe('invalid');
    expect(settingsFromKey('%E0%A4%A')).toBe('invalid');
  });
});

describe('the downloads', () => {
  const hostile = '=HYPERLINK("http://x")<script>alert(1)</script>';
  const s: CalculatorSettings = { name: hostile, state: 'GA', mw: 300, loadFactor: 1, hours: 8760, control: 'lean-premix' };
  const file = proposalOpenData(getProposal(s)!, '2026-12-06');

  it('give every figure with its formula and sources, the settings and the name as data', () => {
    const homes = file.figures.find((f) => f.id === 'proposal.homes.state');
    expect(homes?.formula).toBe('2,630,000 MWh a year × 1,000 kWh per MWh ÷ 13,200 kWh a year per home');
    expect(homes?.sourceIds).toEqual(['eia-2022-residential-by-state']);
    expect(file.scenario.query).toBe('name=%3DHYPERLINK%28%22http%3A%2F%2Fx%22%29%3Cscript%3Ealert%281%29%3C%2Fscript%3E&state=GA&mw=300');
    expect(file.facilityName).toBe(hostile);
  });

  it('write no markup into JSON and no formula into CSV, and leave the name out of the file name', () => {
    expect(toJson(file)).not.toMatch(/[<>]/);
    const csv = toCsv(file);
    // the name is text in a "# " metadata line, which a spreadsheet does not run: no line starts a formula
    const named = csv.split('\n').filter((line) => line.includes('<script>'));
    expect(named).toEqual([
      `# Open data: ${hostile} (proposal)`,
      `# Scenario in words: name: ${hostile}; state: Georgia; facility power: 300 MW; load factor: 1`,
    ]);
    expect(csv.split('\n').some((line) => /^[=+@-]/.test(line))).toBe(false);
    expect(proposalFileName(getProposal(s)!, 'csv')).toBe('proposal_state-GA_mw-300.csv');
  });
});

describe('the 400 page', () => {
  it('names each bad setting and offers a link that works', () => {
    const r = scenarioErrorReport('/calculator?state=GA&mw=300&loadfactor=0.5');
    expect(r?.errors.map((e) => e.param)).toEqual(['loadfactor']);
    expect(r?.repairedUrl).toBe('/calculator?state=GA&mw=300&loadFactor=0.5');
    // with the bad ones dropped, what remains has no power: the empty form is the link that works
    const s = scenarioErrorReport('/calculator/packet?state=GA&mw=abc&colour=red');
    expect(s?.errors.map((e) => e.param).sort()).toEqual(['colour', 'mw']);
    expect(s?.repairedUrl).toBe('/calculator/packet');
    expect(scenarioErrorReport('/calculator?state=GA&mw=300')).toBeUndefined();
  });
});
