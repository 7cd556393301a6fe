import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { dataVersion, hashDirectory } from './version';

describe('the data version', () => {
  it('changes when any data file changes, is added or is renamed, and only then', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-version-'));
    fs.mkdirSync(path.join(dir, 'facilities'));
    fs.writeFileSync(path.join(dir, 'facilities', 'a.json'), '{"gridPowerMw":150}');
    const first = hashDirectory(dir);
    expect(hashDirectory(dir)).toBe(first);
    fs.writeFileSync(path.join(dir, 'facilities', 'a.json'), '{"gridPowerMw":300}');
    const corrected = hashDirectory(dir);
    expect(corrected).not.toBe(first);
    fs.writeFileSync(path.join(dir, 'b.json'), '{}');
    const added = hashDirectory(dir);
    expect(added).not.toBe(corrected);
    fs.renameSync(path.join(dir, 'b.json'), path.join(dir, 'c.json'));
    expect(hashDirectory(dir)).not.toBe(added);
    fs.rmSync(dir, { recursive: true });
  });

  it('is the hash of this project’s data/', () => {
    expect(dataVersion()).toBe(hashDirectory(path.join(process.cwd(), 'data')));
    expect(dataVersion()).toMatch(/^[0-9a-f]{12}$/);
  });
});
