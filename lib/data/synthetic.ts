/**
 * Synthetic facilities, for measuring the site at the size of a national tracker (`npm run
 * bench:scale`): a copy of the data folder with facilities added until there are `total`, each
 * made from a real one (its timeline, power and water figures, claims ledger and residents'
 * concerns, with their sources) under a new id, name and location. They are valid against the
 * same schemas and checks as the real data; no page of the real site ever reads them.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The real facilities the synthetic ones are made from, in turn: a fully documented site and a newer one. */
export const TEMPLATES = ['colossus-1', 'colossus-2'] as const;

export const syntheticId = (i: number) => `synthetic-${String(i + 1).padStart(3, '0')}`;

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A spread of points around South Memphis, a few hundred metres to about ten miles apart, the
 * same for the same index (no randomness: two runs build the same site).
 */
export function syntheticLocation(i: number, at: { lat: number; lon: number }): { lat: number; lon: number } {
  const angle = i * 2.399963; // the golden angle: points fill a disc evenly
  const r = 0.01 + 0.012 * Math.sqrt(i + 1);
  return { lat: Number((at.lat + r * Math.sin(angle)).toFixed(5)), lon: Number((at.lon + r * 1.2 * Math.cos(angle)).toFixed(5)) };
}

/**
 * Copies the data folder `from` to `to` (which must not exist) and adds synthetic facilities until
 * there are `total`; returns the ids added, in order. The real facilities stay as they are.
 */
export function writeSyntheticData(from: string, to: string, total: number): string[] {
  if (fs.existsSync(to)) throw new Error(`${to} exists already: give a new folder`);
  fs.cpSync(from, to, { recursive: true });
  const facilitiesDir = path.join(to, 'facilities');
  const real = fs.readdirSync(facilitiesDir).filter((f) => f.endsWith('.json')).length;
  const ids: string[] = [];
  for (let i = 0; i < total - real; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] as string;
    const id = syntheticId(i);
    const facility = readJson(path.join(facilitiesDir, `${template}.json`));
    const location = facility.location as { lat: number; lon: number };
    writeJson(path.join(facilitiesDir, `${id}.json`), {
      ...facility,
      id,
      name: `Synthetic data center ${i + 1} (made from ${String(facility.shortName)})`,
      shortName: `Site S${i + 1}`,
      location: { ...location, ...syntheticLocation(i, location) },
    });
    for (const kind of ['claims', 'concerns']) {
      const file = path.join(to, kind, `${template}.json`);
      if (fs.existsSync(file)) writeJson(path.join(to, kind, `${id}.json`), { ...readJson(file), facilityId: id });
    }
    ids.push(id);
  }
  return ids;
}
