/**
 * The version of the data: a hash of every file under data/, computed once per process. It is
 * part of every cache key and every ETag, so a corrected figure replaces every cached page and
 * download as soon as the new data is deployed; /healthz reports it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { dataDir } from './load';

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** The hash of the files under `dir`: their paths (relative to it) and their bytes. */
export function hashDirectory(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir)) {
    hash.update(path.relative(dir, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

let cached: string | undefined;

export function dataVersion(): string {
  cached ??= hashDirectory(dataDir());
  return cached;
}
