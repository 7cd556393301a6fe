/**
 * The open-data download of a facility: every figure its pages show for a scenario, one
 * row each, with its range, unit, date, sources and (for computed figures) the formula.
 * The rows are the figure lists the page models declare (see figures.ts), for each section
 * in the registry that has downloads, so the pages and the files cannot disagree; nothing
 * is computed or labelled here.
 */
import { stringify } from 'csv-stringify/sync';

import type { ClaimsLedger } from '../claims/ledger';
import type { Qualifier, Quantity } from '../core/quantity';
import { UNITS, type Unit } from '../core/units';
import { getSource } from '../data/load';
import type { Source } from '../data/schemas/sources';
import { type SourceDating, sourceDating } from '../data/source-dates';
import type { Scenario } from '../scenario/scenario';
import type { ClaimsModel } from './claims';
import type { FigureRow } from './figures';
import { describeScenario, type Overview } from './overview';
import { loadSection, type SectionId, sectionsFor } from './registry';
import { getArea } from './area';
import { publicPath, withQuery } from './site';

export const LICENCE = "Data: CC BY 4.0, Data-center impact project; each figure's own source keeps its terms.";

/** Written in the CSV's source_urls column where the original's address was not found (the copy's is in source_copy_urls). */
export const NO_ADDRESS = 'address not found';

/** Written in the CSV's source_copy_urls column where the original itself was read, so there is no copy. */
export const NO_COPY = 'no copy';

export type FigureKind = 'sourced' | 'computed' | 'assumed' | 'unsourced' | 'unknown';

/** The region page's figures are listed under this section name. */
export type OpenDataSectionId = SectionId | 'area';
/** The section a row of a download is from: a page's, or the calculator's (lib/calculator/open-data.ts). */
export type OpenDataRowSection = OpenDataSectionId | 'calculator';

export type OpenDataRow = {
  /** Stable across scenarios and downloads, e.g. `power.gridApproved.households`. */
  id: string;
  section: OpenDataRowSection;
  /** The public page the figure is shown on, with the scenario's query. */
  page: string;
  label: string;
  kind: FigureKind;
  /** The source's own wording when it gives only a bound or an approximation ("more than"). */
  qualifier: Qualifier | null;
  /** Null when the figure is not known (see `unknownReason`). Shares are fractions: 0.15 is 15%. */
  value: number | null;
  low: number | null;
  high: number | null;
  unit: Unit;
  unitWords: string;
  /** ISO date, possibly partial (YYYY or YYYY-MM); "" for an assumption of this site. */
  asOf: string;
  sourceIds: string[];
  /** One per source id, in the same order: the original's address; null where it was not found. */
  sourceUrls: (string | null)[];
  /** One per source id, in the same order: the address of the copy read; null where the original was read or the copy has no address. */
  sourceCopyUrls: (string | null)[];
  formula: string | null;
  unknownReason: string | null;
  note: string | null;
  /** Claims rows only: the verdict on the claim. */
  verdict: FigureRow['verdict'] | null;
};

export type OpenDataClaim = {
  id: string;
  claim: string;
  claimant: string;
  claimantKind: string;
  date: string;
  sourceIds: string[];
  verdict: NonNullable<FigureRow['verdict']>;
  reason: string;
  claimed: OpenDataRow;
  data: OpenDataRow;
};

export type OpenDataFile = {
  facilityId: string;
  facilityName: string;
  scenario: {
    /** The canonical query string of the scenario ("" for the defaults). */
    query: string;
    /** The scenario in words, one phrase per setting. */
    words: string[];
  };
  /** ISO date of the data's newest change-log entry: the day the data speaks for (not the clock, so a cached file is the same every day). */
  dataUpdated: string;
  licence: string;
  figures: OpenDataRow[];
  claims: OpenDataClaim[];
  sources: OpenDataSource[];
};

/**
 * A source as the download gives it: its own date (null where it has none, with `undated` saying
 * why), the date a reader cites it by (`citedDate`, `datedBy`: its publication, the copy read, or the
 * day it was read), the original's address and, where we read a copy, the copy's.
 */
export type OpenDataSource = {
  id: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  undated: string | null;
  citedDate: string;
  datedBy: SourceDating['by'];
  url: string | null;
  noAddress: string | null;
  accessedOn: string;
  copy: { kind: 'copy' | 'quotation'; url: string | null; publishedOn: string | null; what: string } | null;
};

export function openDataSource(src: Source): OpenDataSource {
  const dated = sourceDating(src);
  return {
    id: src.id,
    title: src.title,
    publisher: src.publisher,
    publishedOn: src.publishedOn,
    undated: src.undated ?? null,
    citedDate: dated.date,
    datedBy: dated.by,
    url: src.url,
    noAddress: src.noAddress ?? null,
    accessedOn: src.accessedOn,
    copy: src.copy ? { kind: src.copy.kind, url: src.copy.url, publishedOn: src.copy.publishedOn ?? null, what: src.copy.what } : null,
  };
}

/**
 * A section's model as the download reads it: its figures, and the overview for the facility and
 * settings; `page` is the page's address where it is not a facility's section (the region page).
 */
export type OpenDataSection = { id: OpenDataSectionId; figures: FigureRow[]; overview: Overview; ledger?: ClaimsLedger; page?: string };

function kindOf(q: Quantity): FigureKind {
  if (q.kind === 'unknown') return 'unknown';
  if (q.basis !== undefined) return q.basis;
  return q.derivation === undefined ? 'sourced' : 'computed';
}

export function toRow(f: FigureRow, section: OpenDataRowSection, page: string, sourceOf: (id: string) => Source): OpenDataRow {
  const q = f.q;
  const k = q.kind === 'known' ? q : undefined;
  const note = [k?.note, f.note].filter((n) => n !== undefined && n !== '').join(' ');
  return {
    id: f.id,
    section,
    page,
    label: f.label,
    kind: kindOf(q),
    qualifier: k?.qualifier ?? null,
    value: k?.value ?? null,
    low: k?.low ?? null,
    high: k?.high ?? null,
    unit: q.unit,
    unitWords: UNITS[q.unit].long,
    asOf: q.asOf ?? '',
    sourceIds: [...q.sourceIds],
    sourceUrls: q.sourceIds.map((s) => sourceOf(s).url),
    sourceCopyUrls: q.sourceIds.map((s) => sourceOf(s).copy?.url ?? null),
    formula: k?.derivation?.formula ?? null,
    unknownReason: q.kind === 'unknown' ? q.reason : null,
    note: note === '' ? null : note,
    verdict: f.verdict ?? null,
  };
}

/**
 * Every figure of the sections, one row each, with the file's metadata; a figure shown on two
 * pages is listed once, under the first. Pure: `sourceOf` resolves a source id, `dataUpdated` is the data's date.
 */
export function buildOpenData(
  sections: OpenDataSection[],
  opts: { dataUpdated: string; sourceOf: (id: string) => Source; subject?: { id: string; name: string; words: string[] } },
): OpenDataFile {
  const o = sections[0]?.overview;
  if (o === undefined) throw new Error('Open data needs at least one section');
  const rows: OpenDataRow[] = [];
  const byId = new Map<string, OpenDataRow>();
  for (const s of sections) {
    const page = s.page ?? withQuery(publicPath(o.facility.id, s.id === 'area' ? 'overview' : s.id), o.scenarioQuery);
    for (const f of s.figures) {
      if (byId.has(f.id)) continue;
      const row = toRow(f, s.id, page, opts.sourceOf);
      byId.set(f.id, row);
      rows.push(row);
    }
  }
  const ledger = sections.find((s) => s.ledger !== undefined)?.ledger;
  const claims: OpenDataClaim[] = (ledger?.results ?? []).map((res) => {
    const c = res.claim;
    const row = (part: 'claimed' | 'data') => byId.get(`claims.${c.id}.${part}`);
    const claimed = row('claimed');
    const data = row('data');
    if (claimed === undefined || data === undefined) throw new Error(`Open data: claim "${c.id}" has no figure rows`);
    return {
      id: c.id,
      claim: c.claim,
      claimant: c.claimant,
      claimantKind: c.claimantKind,
      date: c.date,
      sourceIds: c.sourceIds,
      verdict: res.verdict,
      reason: res.reason,
      claimed,
      data,
    };
  });
  const sourceIds = [...new Set(rows.flatMap((row) => row.sourceIds))].sort();
  return {
    facilityId: opts.subject?.id ?? o.facility.id,
    facilityName: opts.subject?.name ?? o.facility.name,
    scenario: { query: o.scenarioQuery, words: opts.subject?.words ?? describeScenario(o) },
    dataUpdated: opts.dataUpdated,
    licence: LICENCE,
    figures: rows,
    claims,
    sources: sourceIds.map((id) => openDataSource(opts.sourceOf(id))),
  };
}

/** The open data of a facility for a scenario (the defaults when none is given); undefined for an unknown facility. */
export function getOpenData(facilityId: string, scenario: Scenario | undefined, dataUpdated: string): OpenDataFile | undefined {
  const sections: OpenDataSection[] = [];
  for (const def of sectionsFor(facilityId).filter((d) => d.openData)) {
    const model = loadSection(def, facilityId, scenario);
    if (model === undefined) continue;
    const ledger = 'ledger' in model ? (model as ClaimsModel).ledger : undefined;
    sections.push({ id: def.id, figures: model.figures, overview: model.overview, ...(ledger ? { ledger } : {}) });
  }
  return sections.length === 0 ? undefined : buildOpenData(sections, { dataUpdated, sourceOf: getSource });
}

/** The id the region's download goes by, in its file name and metadata. */
export const REGION_DATA_ID = 'memphis-area';

/**
 * The region page's figures as a download: the same rows the page declares (area.ts), with the
 * same columns and metadata as a facility's. The what-if settings do not change them.
 */
export function getRegionOpenData(scenario: Scenario | undefined, dataUpdated: string): OpenDataFile | undefined {
  const area = getArea(scenario);
  if (area === undefined) return undefined;
  return buildOpenData(
    [{ id: 'area', figures: area.figures, overview: area.overview, page: withQuery('/', area.overview.scenarioQuery) }],
    {
      dataUpdated,
      sourceOf: getSource,
      subject: {
        id: REGION_DATA_ID,
        name: "xAI's sites in the Memphis area, together",
        words: [
          "each site's figures as published; the what-if settings change only the health figures (tons, and the hours run where a figure is a rate)",
        ],
      },
    },
  );
}

export const CSV_COLUMNS = [
  'id',
  'section',
  'label',
  'kind',
  'qualifier',
  'value',
  'low',
  'high',
  'unit',
  'unit_words',
  'as_of',
  'source_ids',
  'source_urls',
  'formula',
  'unknown_reason',
  'note',
  'verdict',
  'page',
  'source_copy_urls',
] as const;

/** Lists inside a cell (source ids, their addresses) are joined with this. */
export const LIST_SEPARATOR = ' | ';

/** A metadata line: one line, whatever the text holds. */
function commentLine(text: string): string {
  return `# ${text.replace(/[\r\n]+/g, ' ')}`;
}

/** The metadata lines that open the CSV, each starting with "# ". */
export function csvMetadataLines(file: OpenDataFile): string[] {
  return [
    commentLine(`Open data: ${file.facilityName} (${file.facilityId})`),
    commentLine(`Scenario: ${file.scenario.query === '' ? 'default' : file.scenario.query}`),
    commentLine(`Scenario in words: ${file.scenario.words.join('; ')}`),
    commentLine(`Data updated: ${file.dataUpdated}`),
    commentLine(file.licence),
    commentLine(
      'Shares are fractions (0.15 = 15%). Computed values are not rounded. An unknown figure has no value and gives its reason. Read with pandas: pd.read_csv(path, comment="#")',
    ),
  ];
}

/**
 * The CSV: metadata lines starting with "# ", a header, then one row per figure. Cells are
 * written by csv-stringify: quoted where they hold a comma, quote or line break, quoted where
 * they hold "#" (so that a reader skipping "#" comments does not cut them), and a cell that
 * starts with =, +, -, @, a tab or a carriage return is prefixed with ' so that a spreadsheet
 * shows it as text instead of running it as a formula.
 */
export function toCsv(file: OpenDataFile): string {
  const num = (n: number | null) => (n === null ? '' : n);
  const records = file.figures.map((f) => [
    f.id,
    f.section,
    f.label,
    f.kind,
    f.qualifier ?? '',
    num(f.value),
    num(f.low),
    num(f.high),
    f.unit,
    f.unitWords,
    f.asOf,
    f.sourceIds.join(LIST_SEPARATOR),
    f.sourceUrls.map((u) => u ?? NO_ADDRESS).join(LIST_SEPARATOR),
    f.formula ?? '',
    f.unknownReason ?? '',
    f.note ?? '',
    f.verdict ?? '',
    f.page,
    f.sourceIds
      .map((id, i) => (file.sources.find((s) => s.id === id)?.copy ? (f.sourceCopyUrls[i] ?? NO_ADDRESS) : NO_COPY))
      .join(LIST_SEPARATOR),
  ]);
  const body = stringify([[...CSV_COLUMNS], ...records], {
    escape_formulas: true,
    quoted_match: /#/,
    record_delimiter: 'unix',
  });
  return `${csvMetadataLines(file).join('\n')}\n${body}`;
}

/** JSON that is inert anywhere: "<", ">" and "&" are written as \u escapes, which any JSON reader turns back. */
export function toJson(file: OpenDataFile | object): string {
  return JSON.stringify(file, null, 2).replace(/[<>&]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A short tag for file names: "default", or the scenario's query made safe ("loadFactor-0.5_household-us"). */
export function scenarioTag(query: string): string {
  if (query === '') return 'default';
  return query
    .replace(/=/g, '-')
    .replace(/&/g, '_')
    .replace(/[^A-Za-z0-9._-]/g, '');
}
