import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { dataDir } from './load';

describe('dataDir', () => {
  it('is data/ in the project unless DATA_DIR names another folder', () => {
    expect(dataDir({})).toBe(path.join(process.cwd(), 'data'));
    expect(dataDir({ DATA_DIR: '' })).toBe(path.join(process.cwd(), 'data'));
    expect(dataDir({ DATA_DIR: '/tmp/synthetic' })).toBe('/tmp/synthetic');
    expect(dataDir({ DATA_DIR: 'elsewhere' })).toBe(path.resolve('elsewhere'));
  });
});
