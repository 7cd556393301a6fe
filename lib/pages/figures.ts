/**
 * The figures a page shows, declared once: each page model lists its figures as rows (a stable
 * id, a label in words, the quantity and what the site adds). From that one list come the page's
 * "rests on N sources" line, the Sources page's "Used on" links, the rows of the CSV/JSON
 * downloads and the report's reference list, so they cannot disagree with each other.
 */
import { type Quantity, sourceIdsOf } from '../core/quantity';

export type FigureRow = {
  /** Stable across scenarios and downloads, e.g. `power.gridApproved.households`. */
  id: string;
  label: string;
  q: Quantity;
  /** What the site adds: the kind of report, who made an estimate, a claim's reason. */
  note?: string;
  /** Claims rows only: the verdict on the claim. */
  verdict?: 'consistent' | 'inconsistent' | 'cannot be checked';
};

type Extra = Pick<FigureRow, 'note' | 'verdict'>;

/** Collects a page's rows; a figure declared twice must be the same figure, and is kept once. */
export class FigureList {
  readonly rows: FigureRow[] = [];
  private readonly byId = new Map<string, FigureRow>();

  /** Adds a row; an absent figure (undefined) is a figure the page does not show. */
  add(id: string, label: string, q: Quantity | undefined, extra: Extra = {}): this {
    if (q === undefined) return this;
    const seen = this.byId.get(id);
    if (seen !== undefined) {
      if (!sameFigure(seen.q, q)) throw new Error(`Figure "${id}" is declared twice with different values`);
      return this;
    }
    const row: FigureRow = { id, label, q };
    if (extra.note !== undefined && extra.note !== '') row.note = extra.note;
    if (extra.verdict !== undefined) row.verdict = extra.verdict;
    this.byId.set(id, row);
    this.rows.push(row);
    return this;
  }

  /** Rows another page declared and this page shows too, with their ids and labels: nothing is typed twice. */
  reuse(rows: FigureRow[], ids: string[] | ((id: string) => boolean)): this {
    const picked = typeof ids === 'function' ? rows.filter((r) => ids(r.id)) : ids.flatMap((id) => rows.filter((r) => r.id === id));
    for (const row of picked) this.add(row.id, row.label, row.q, row);
    return this;
  }
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || a.kind !== b.kind) return false;
  if (a.kind === 'unknown' || b.kind === 'unknown') return true;
  return a.value === b.value && a.low === b.low && a.high === b.high;
}

/** "2025-07-02", then "2025-07-02-2" for a second event on the same day: ids made unique in order. */
export function uniqueKeys(keys: string[]): string[] {
  const count = new Map<string, number>();
  return keys.map((k) => {
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}

/** Lower-case words joined by hyphens, for ids made from a label. */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Every source a page rests on: its figures' sources (the inputs of computed figures included),
 * then the sources it cites beside its figures (dated events, statements, the address), each once.
 */
export function pageSourceIds(figures: FigureRow[], cited: string[] = []): string[] {
  return [...new Set([...sourceIdsOf(figures.map((f) => f.q)), ...cited])];
}
