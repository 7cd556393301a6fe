/**
 * Reads and validates everything in data/ once per process. Any problem, in any file,
 * throws one error that names each file and the path of each bad field, so that
 * `next build` (which renders every page) fails instead of a visitor's page.
 */
import fs from 'node:fs';
import path from 'node:path';

import { claimsFileProblems } from './claim-refs';
import { healthProblems } from './health-refs';
import { type ChangeLog, ChangeLogSchema } from './schemas/changelog';
import { type ClaimsFile, ClaimsFileSchema } from './schemas/claims';
import { type Concerns, ConcernsSchema } from './schemas/concerns';
import { type Decision, DecisionsFileSchema } from './schemas/decisions';
import { type Facility, FacilitySchema } from './schemas/facility';
import { type HealthData, HealthDataSchema } from './schemas/health';
import { type Factors, FactorsSchema } from './schemas/factors';
import { type Landmark, LandmarksFileSchema } from './schemas/landmarks';
import { type Place, PlaceSchema } from './schemas/place';
import { type Source, SourcesFileSchema } from './schemas/sources';
import { type StatesFile, StatesFileSchema } from './schemas/states';
import { withStateTable } from './state-refs';
import { collectSourceRefs, formatPath, jsonFilesIn, parseWith, readJson, relative, type SourceRef } from './read';

export { formatPath };

export type Dataset = {
  sources: Map<string, Source>;
  facilities: Facility[];
  places: Place[];
  factors: Factors;
  /** The claims ledger of each facility that has one (data/claims/<facility id>.json). */
  claims: ClaimsFile[];
  changeLog: ChangeLog;
  /** What residents have raised, per facility (data/concerns/<facility id>.json); a facility may have none yet. */
  concerns: Concerns[];
  /** Neighbourhoods and towns named in residents' concerns, for the map (data/landmarks.json). */
  landmarks: Landmark[];
  /** Coming and pending decisions about the sites (data/decisions.json). */
  decisions: Decision[];
  /** What turns tons into dollars of health damage and deaths (data/health.json). */
  health: HealthData;
  /** One table of state baselines (data/states.json): the calculator's, for every state. */
  states: StatesFile;
  /** Every source id referenced anywhere, with where it was referenced. */
  sourceRefs: SourceRef[];
};

export type { SourceRef };

export class DataValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid data in data/ (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'DataValidationError';
  }
}

export function loadDataset(dataDir: string): Dataset {
  const problems: string[] = [];
  const sourceRefs: SourceRef[] = [];

  const sourcesFile = path.join(dataDir, 'sources.json');
  const sourcesLabel = relative(dataDir, sourcesFile);
  const sourcesRaw = readJson(sourcesFile, sourcesLabel, problems);
  const sourcesParsed = sourcesRaw === undefined ? undefined : parseWith(SourcesFileSchema, sourcesRaw, sourcesLabel, problems);
  const sources = new Map((sourcesParsed?.sources ?? []).map((s) => [s.id, s]));

  const factorsFile = path.join(dataDir, 'factors.json');
  const factorsLabel = relative(dataDir, factorsFile);
  const factorsRaw = readJson(factorsFile, factorsLabel, problems);
  const factors = factorsRaw === undefined ? undefined : parseWith(FactorsSchema, factorsRaw, factorsLabel, problems);
  sourceRefs.push(...collectSourceRefs(factorsRaw, factorsLabel));

  const statesFile = path.join(dataDir, 'states.json');
  const statesLabel = relative(dataDir, statesFile);
  const statesRaw = readJson(statesFile, statesLabel, problems);
  const states = statesRaw === undefined ? undefined : parseWith(StatesFileSchema, statesRaw, statesLabel, problems);
  sourceRefs.push(...collectSourceRefs(statesRaw, statesLabel));

  const places: Place[] = [];
  for (const file of jsonFilesIn(path.join(dataDir, 'places'))) {
    const label = relative(dataDir, file);
    const given = readJson(file, label, problems);
    if (given === undefined) continue;
    // a state's home is read from the one state table (data/states.json)
    const raw = states === undefined ? given : withStateTable(given, states, label, problems);
    sourceRefs.push(...collectSourceRefs(raw, label));
    const place = parseWith(PlaceSchema, raw, label, problems);
    if (place === undefined) continue;
    if (place.id !== path.basename(file, '.json'))
      problems.push(`${label}: id: "${place.id}" must match the file name "${path.basename(file, '.json')}"`);
    places.push(place);
  }

  const facilities: Facility[] = [];
  for (const file of jsonFilesIn(path.join(dataDir, 'facilities'))) {
    const label = relative(dataDir, file);
    const raw = readJson(file, label, problems);
    if (raw === undefined) continue;
    sourceRefs.push(...collectSourceRefs(raw, label));
    const facility = parseWith(FacilitySchema, raw, label, problems);
    if (facility === undefined) continue;
    if (facility.id !== path.basename(file, '.json'))
      problems.push(`${label}: id: "${facility.id}" must match the file name "${path.basename(file, '.json')}"`);
    facility.timeline.forEach((e, i) =>
      e.gpuMix?.forEach((m, j) => {
        if (factors !== undefined && !factors.gpuModels.some((g) => g.model === m.model))
          problems.push(
            `${label}: timeline[${i}].gpuMix[${j}].model: unknown GPU model "${m.model}" (known in data/factors.json: ${factors.gpuModels.map((g) => g.model).join(', ')})`,
          );
      }),
    );
    if (!places.some((p) => p.id === facility.placeId)) {
      problems.push(
        `${label}: placeId: unknown place "${facility.placeId}" (known: ${places.map((p) => p.id).join(', ') || 'none'}; add data/places/${facility.placeId}.json)`,
      );
    }
    facilities.push(facility);
  }
  for (const f of facilities) {
    if (f.powerCountedWithin !== undefined && !facilities.some((g) => g.id === f.powerCountedWithin?.facilityId))
      problems.push(`data/facilities/${f.id}.json: powerCountedWithin.facilityId: unknown facility "${f.powerCountedWithin.facilityId}"`);
    f.supplies.forEach((x, i) => {
      if (!facilities.some((g) => g.id === x.facilityId))
        problems.push(`data/facilities/${f.id}.json: supplies[${i}].facilityId: unknown facility "${x.facilityId}"`);
      else if (x.facilityId === f.id) problems.push(`data/facilities/${f.id}.json: supplies[${i}].facilityId: a facility cannot supply itself`);
    });
  }

  const concerns: Concerns[] = [];
  for (const file of jsonFilesIn(path.join(dataDir, 'concerns'))) {
    const label = relative(dataDir, file);
    const raw = readJson(file, label, problems);
    if (raw === undefined) continue;
    sourceRefs.push(...collectSourceRefs(raw, label));
    const c = parseWith(ConcernsSchema, raw, label, problems);
    if (c === undefined) continue;
    if (c.facilityId !== path.basename(file, '.json'))
      problems.push(`${label}: facilityId: "${c.facilityId}" must match the file name "${path.basename(file, '.json')}"`);
    else if (!facilities.some((f) => f.id === c.facilityId))
      problems.push(`${label}: facilityId: unknown facility "${c.facilityId}" (no data/facilities/${c.facilityId}.json)`);
    concerns.push(c);
  }

  for (const c of concerns) {
    c.relatedLegal.forEach((r, i) => {
      const at = `data/concerns/${c.facilityId}.json: relatedLegal[${i}]`;
      const other = concerns.find((o) => o.facilityId === r.facilityId);
      if (other === undefined) {
        problems.push(`${at}.facilityId: "${r.facilityId}" has no legal record (no data/concerns/${r.facilityId}.json)`);
        return;
      }
      r.eventIds.forEach((id, j) => {
        if (!other.legalTimeline.some((e) => e.id === id))
          problems.push(
            `${at}.eventIds[${j}]: no legal event "${id}" in data/concerns/${r.facilityId}.json (its ids: ${other.legalTimeline.map((e) => e.id).join(', ')})`,
          );
      });
    });
  }

  if (facilities.length === 0 && problems.length === 0)
    problems.push(`${relative(dataDir, path.join(dataDir, 'facilities'))}: no facility files found`);

  const landmarksFile = path.join(dataDir, 'landmarks.json');
  const landmarksLabel = relative(dataDir, landmarksFile);
  const landmarksRaw = readJson(landmarksFile, landmarksLabel, problems);
  const landmarks = landmarksRaw === undefined ? undefined : parseWith(LandmarksFileSchema, landmarksRaw, landmarksLabel, problems);
  sourceRefs.push(...collectSourceRefs(landmarksRaw, landmarksLabel));

  const changeLogFile = path.join(dataDir, 'changelog.json');
  const changeLogLabel = relative(dataDir, changeLogFile);
  const changeLogRaw = readJson(changeLogFile, changeLogLabel, problems);
  const changeLog = changeLogRaw === undefined ? undefined : parseWith(ChangeLogSchema, changeLogRaw, changeLogLabel, problems);
  changeLog?.entries.forEach((e, i) =>
    e.files.forEach((f, j) => {
      if (!fs.existsSync(path.join(dataDir, f.replace(/^data\//, ''))))
        problems.push(`${changeLogLabel}: entries[${i}].files[${j}]: no such file "${f}"`);
    }),
  );

  const decisionsFile = path.join(dataDir, 'decisions.json');
  const decisionsLabel = relative(dataDir, decisionsFile);
  const decisionsRaw = readJson(decisionsFile, decisionsLabel, problems);
  const decisions = decisionsRaw === undefined ? undefined : parseWith(DecisionsFileSchema, decisionsRaw, decisionsLabel, problems);
  sourceRefs.push(...collectSourceRefs(decisionsRaw, decisionsLabel));
  decisions?.decisions.forEach((d, i) =>
    d.facilityIds.forEach((id, j) => {
      if (!facilities.some((f) => f.id === id))
        problems.push(
          `${decisionsLabel}: decisions[${i}].facilityIds[${j}]: unknown facility "${id}" (known: ${facilities.map((f) => f.id).join(', ') || 'none'})`,
        );
    }),
  );

  const healthFile = path.join(dataDir, 'health.json');
  const healthLabel = relative(dataDir, healthFile);
  const healthRaw = readJson(healthFile, healthLabel, problems);
  const health = healthRaw === undefined ? undefined : parseWith(HealthDataSchema, healthRaw, healthLabel, problems);
  sourceRefs.push(...collectSourceRefs(healthRaw, healthLabel));
  if (health !== undefined) problems.push(...healthProblems(health, healthLabel, places, concerns, facilities));

  const claims: ClaimsFile[] = [];
  for (const file of jsonFilesIn(path.join(dataDir, 'claims'))) {
    const label = relative(dataDir, file);
    const raw = readJson(file, label, problems);
    if (raw === undefined) continue;
    sourceRefs.push(...collectSourceRefs(raw, label));
    const parsed = parseWith(ClaimsFileSchema, raw, label, problems);
    if (parsed === undefined) continue;
    const facility = facilities.find((f) => f.id === parsed.facilityId);
    if (facility === undefined) {
      problems.push(
        `${label}: facilityId: unknown facility "${parsed.facilityId}" (known: ${facilities.map((f) => f.id).join(', ') || 'none'})`,
      );
      continue;
    }
    if (parsed.facilityId !== path.basename(file, '.json'))
      problems.push(`${label}: facilityId: "${parsed.facilityId}" must match the file name "${path.basename(file, '.json')}"`);
    const place = places.find((p) => p.id === facility.placeId);
    if (place !== undefined && factors !== undefined) {
      for (const p of claimsFileProblems(parsed, { facility, place, factors })) problems.push(`${label}: ${p.at}: ${p.message}`);
    }
    claims.push(parsed);
  }

  if (sourcesParsed !== undefined) {
    for (const ref of sourceRefs) {
      if (!sources.has(ref.id)) problems.push(`${ref.file}: ${ref.path}: unknown source id "${ref.id}" (not in ${sourcesLabel})`);
    }
  }

  if (
    problems.length > 0 ||
    factors === undefined ||
    changeLog === undefined ||
    landmarks === undefined ||
    decisions === undefined ||
    health === undefined ||
    states === undefined
  )
    throw new DataValidationError(problems);
  return {
    sources,
    facilities,
    places,
    factors,
    claims,
    changeLog,
    concerns,
    landmarks: landmarks.places,
    decisions: decisions.decisions,
    health,
    states,
    sourceRefs,
  };
}

/** Source ids in the registry that no figure uses. */
export function unusedSourceIds(dataset: Dataset): string[] {
  const used = new Set(dataset.sourceRefs.map((r) => r.id));
  return [...dataset.sources.keys()].filter((id) => !used.has(id));
}

let cached: Dataset | undefined;

/**
 * The folder the site reads: data/ in the project, or DATA_DIR where it is set (`npm run
 * bench:scale` builds and serves the site on synthetic facilities in a temporary folder). The
 * build and the server that serves it must be given the same folder.
 */
export function dataDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env.DATA_DIR;
  return dir === undefined || dir === '' ? path.join(process.cwd(), 'data') : path.resolve(dir);
}

export function getDataset(): Dataset {
  cached ??= loadDataset(dataDir());
  return cached;
}

export function listFacilities(): Facility[] {
  return getDataset().facilities;
}

export function findFacility(id: string): Facility | undefined {
  return getDataset().facilities.find((f) => f.id === id);
}

export function getPlace(id: string): Place {
  const place = getDataset().places.find((p) => p.id === id);
  if (place === undefined) throw new Error(`Unknown place id "${id}"`);
  return place;
}

export function getSource(id: string): Source {
  const source = getDataset().sources.get(id);
  if (source === undefined) throw new Error(`Unknown source id "${id}"`);
  return source;
}

/** The concerns data of a facility, or undefined when it has none yet. */
export function findConcerns(facilityId: string): Concerns | undefined {
  return getDataset().concerns.find((c) => c.facilityId === facilityId);
}

export function listSources(): Source[] {
  return [...getDataset().sources.values()];
}

export function findClaims(facilityId: string): ClaimsFile | undefined {
  return getDataset().claims.find((c) => c.facilityId === facilityId);
}

export function getChangeLog(): ChangeLog {
  return getDataset().changeLog;
}

/**
 * The date of the data's newest change-log entry: the latest day the data speaks for. Pages use
 * it where they would otherwise use the clock (the date setting's upper bound, "generated"),
 * so a cached page holds no hidden "today" and its bytes change only when the data does.
 */
export function dataUpdatedOn(): string {
  return getChangeLog().entries.map((e) => e.date).reduce((a, b) => (b > a ? b : a), '');
}

export function getFactors(): Factors {
  return getDataset().factors;
}

export function getStatesFile(): StatesFile {
  return getDataset().states;
}

export function getHealthData(): HealthData {
  return getDataset().health;
}

/** Sorted for a bibliography: by publisher, then title. */
export function sortSources(sources: Source[]): Source[] {
  return [...sources].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'));
}

/** The register of coming and pending decisions, in the file's order. */
export function listDecisions(): Decision[] {
  return getDataset().decisions;
}

export function listLandmarks(): Landmark[] {
  return getDataset().landmarks;
}
