/**
 * The loader's reading of data/: JSON files read and parsed with each problem named by file and field,
 * a zod schema applied the same way, and every source id a raw file refers to, with where.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { z } from 'zod';

export type SourceRef = { file: string; path: string; id: string };

/** ["timeline", 3, "changes", "gpuCount"] → "timeline[3].changes.gpuCount" */
export function formatPath(p: readonly PropertyKey[]): string {
  if (p.length === 0) return '(top level)';
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

export function relative(dataDir: string, file: string): string {
  return path.join('data', path.relative(dataDir, file));
}

export function readJson(file: string, label: string, problems: string[]): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    problems.push(`${label}: cannot be read (${(e as Error).message})`);
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    problems.push(`${label}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown, label: string, problems: string[]): z.infer<S> | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${label}: ${formatPath(issue.path)}: ${issue.message}`);
  }
  return undefined;
}

/** Finds every `sourceIds` / `…SourceIds` array in a raw data file. */
export function collectSourceRefs(raw: unknown, file: string, at: PropertyKey[] = []): SourceRef[] {
  if (Array.isArray(raw)) return raw.flatMap((v, i) => collectSourceRefs(v, file, [...at, i]));
  if (raw === null || typeof raw !== 'object') return [];
  return Object.entries(raw).flatMap(([k, v]) => {
    if ((k === 'sourceIds' || k.endsWith('SourceIds')) && Array.isArray(v)) {
      return v.map((id, i) => ({ file, path: formatPath([...at, k, i]), id: String(id) }));
    }
    return collectSourceRefs(v, file, [...at, k]);
  });
}

export function jsonFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(dir, f));
}

