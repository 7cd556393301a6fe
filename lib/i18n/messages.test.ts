import { describe, expect, it } from 'vitest';

import { UNITS, UNIT_NAMES } from '../core/units';
import { QUALIFIERS } from '../core/quantity';
import { keyPaths, MESSAGES } from './messages';

describe('messages', () => {
  it('has every key in both languages', () => {
    const en = new Set(keyPaths(MESSAGES.en));
    const es = new Set(keyPaths(MESSAGES.es));
    expect(
      [...en].filter((k) => !es.has(k)),
      'in English only',
    ).toEqual([]);
    expect(
      [...es].filter((k) => !en.has(k)),
      'in Spanish only',
    ).toEqual([]);
  });

  it('finds a key that one language lacks', () => {
    const en = keyPaths({ a: { b: 'x', c: 'y' } });
    const es = keyPaths({ a: { b: 'x' } });
    expect(en.filter((k) => !es.includes(k))).toEqual(['a.c']);
  });

  it('leaves no message empty in one language when the other has words', () => {
    const es = MESSAGES.es as unknown as Record<string, unknown>;
    const at = (m: unknown, path: string) => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], m);
    const empty = keyPaths(MESSAGES.en).filter((k) => (at(MESSAGES.en, k) === '') !== (at(es, k) === ''));
    // the mark on English text from the data: nothing to say on an English page
    expect(empty).toEqual(['format.inEnglish']);
  });

  it("writes every unit's English word as the units table does", () => {
    for (const u of UNIT_NAMES) expect(MESSAGES.en.format.units[u], u).toBe(UNITS[u].label);
  });

  it('has a word for every qualifier a source may give', () => {
    for (const q of QUALIFIERS) {
      expect(MESSAGES.en.format.qualifiers[q]).toBe(q);
      expect(MESSAGES.es.format.qualifiers[q]).not.toBe('');
    }
  });
});
