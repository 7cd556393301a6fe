/** For the loader's tests: copies of data/ in a temporary folder, broken on purpose, each removed after its test. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, expect, it } from 'vitest';

import { DataValidationError, loadDataset } from './load';

export const DATA_DIR = path.join(__dirname, '..', '..', 'data');

// Test fixtures are mutated freely; their shape is checked by the loader under test.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** Call inside a describe: `copy()` copies data/, `brokenCopy()` copies it and lets `mutate` break one file; both are removed after each test. */
export function useDataCopies() {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const copy = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-'));
    fs.cpSync(DATA_DIR, dir, { recursive: true });
    dirs.push(dir);
    return dir;
  };
  const brokenCopy = (file: string, mutate: (json: Json) => void): string => {
    const dir = copy();
    const target = path.join(dir, file);
    const json = JSON.parse(fs.readFileSync(target, 'utf8')) as Json;
    mutate(json);
    fs.writeFileSync(target, JSON.stringify(json));
    return dir;
  };
  return { copy, brokenCopy };
}

/** The problems the loader finds in a copy of data/; fails the test if it finds none. */
export function problemsOf(dataDir: string): string[] {
  try {
    loadDataset(dataDir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataValidationError);
    return (e as DataValidationError).problems;
  }
  throw new Error('expected the data to be rejected');
}

/** One way to break a data file, and the problem the loader must name for it (file and field first). */
export type BrokenCase = { name: string; file: string; mutate: (j: Json) => void; expected: RegExp };

/** Call inside a describe: one test per case, each breaking a fresh copy of data/ and expecting its problem among those found. */
export function rejectsEach(cases: BrokenCase[], brokenCopy: ReturnType<typeof useDataCopies>['brokenCopy']): void {
  it.each(cases)('is rejected with file and field named: $name', ({ file, mutate, expected }) => {
    const problems = problemsOf(brokenCopy(file, mutate));
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
}
