/**
 * Label placement for a small map, greedy and deterministic: labels are placed one by one, in
 * a fixed order, each at the first of its candidate spots that overlaps nothing placed before
 * (or, when every spot overlaps something, at the one that overlaps least).
 *
 * Text is not measured (there is no font on the server): a label's width is estimated from its
 * length, generously, so that estimated boxes contain the real ones.
 */

export type Anchor = 'start' | 'middle' | 'end';
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Average advance of a character as a share of the font size, for DejaVu Sans and system sans-serifs (a little over). */
const CHAR_WIDTH = 0.62;
/** Capitals are wider, in bold most of all ("MACROHARDRR" is about a fifth wider than its length at CHAR_WIDTH). */
const CAPITAL_WIDTH = 0.78;

export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[A-Z]/.test(ch) ? CAPITAL_WIDTH : CHAR_WIDTH;
  return w * fontSize;
}

/** Room kept around each label, so that two labels never touch. */
const LABEL_PAD = 1.5;

/** The box a line of text takes with its baseline at (x, y), with a little room around it. */
export function textBox(x: number, y: number, text: string, fontSize: number, anchor: Anchor): Box {
  const w = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return { x0: x0 - LABEL_PAD, y0: y - fontSize * 0.8 - LABEL_PAD, x1: x0 + w + LABEL_PAD, y1: y + fontSize * 0.25 + LABEL_PAD };
}

export function boxAround(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far a box reaches out of the view, as an area: any spill weighs like a large overlap. */
function spill(b: Box, width: number, height: number, pad: number): number {
  const out = Math.max(0, pad - b.x0) + Math.max(0, b.x1 - (width - pad)) + Math.max(0, pad - b.y0) + Math.max(0, b.y1 - (height - pad));
  return out * 1000;
}

export type Candidate<T> = { boxes: Box[]; spot: T };

/** Thrown when a board has weighed more candidate spots than its budget allows (see LabelBoard). */
export class LabelBudgetExceeded extends Error {
  constructor(limit: number) {
    super(`Label placement weighed more than ${limit} candidate spots`);
    this.name = 'LabelBudgetExceeded';
  }
}

/** The work of a board and of its copies: candidate spots weighed so far, and how many may be. */
type Work = { evaluations: number; limit: number };

/**
 * Keeps track of what is on the map, and places each new label: a place's name always (where it
 * collides least), a county's or a state's only where it collides with nothing (it is context,
 * not data, and is left off otherwise).
 *
 * Every candidate weighed (a call of `cost`) is counted, on the board and its copies together;
 * past `limit` of them, `cost` throws LabelBudgetExceeded, so that a search that would take long
 * (many crowded places) stops after a bounded amount of work.
 */
export class LabelBoard {
  private readonly taken: Box[] = [];
  private readonly work: Work;

  constructor(
    private readonly width: number,
    private readonly height: number,
    private readonly pad = 2,
    limit = Infinity,
    work?: Work,
  ) {
    this.work = work ?? { evaluations: 0, limit };
  }

  /** Candidate spots weighed so far, by this board and every copy of it. */
  get evaluations(): number {
    return this.work.evaluations;
  }

  reserve(box: Box): void {
    this.taken.push(box);
  }

  cost(boxes: Box[]): number {
    if (++this.work.evaluations > this.work.limit) throw new LabelBudgetExceeded(this.work.limit);
    let c = 0;
    for (const b of boxes) {
      c += spill(b, this.width, this.height, this.pad);
      for (const t of this.taken) c += overlapArea(b, t);
    }
    return c;
  }

  /**
   * The first candidate that collides with nothing and that `accept` takes (checked only for
   * those, as it may be slow), reserved; undefined if there is none.
   */
  placeFree<T>(candidates: Candidate<T>[], accept: (spot: T, boxes: Box[]) => boolean = () => true): T | undefined {
    for (const c of candidates) {
      if (this.cost(c.boxes) === 0 && accept(c.spot, c.boxes)) {
        c.boxes.forEach((b) => this.reserve(b));
        return c.spot;
      }
    }
    return undefined;
  }

  /** The first candidate that collides with nothing or, if every one collides, the one that collides least; reserved. */
  place<T>(candidates: Candidate<T>[]): T {
    const { candidate } = this.best(candidates);
    candidate.boxes.forEach((b) => this.reserve(b));
    return candidate.spot;
  }

  /** The candidate `place` would take, and how much it collides; nothing is reserved. */
  best<T>(candidates: Candidate<T>[]): { candidate: Candidate<T>; cost: number } {
    let best: Candidate<T> | undefined;
    let bestCost = Infinity;
    for (const c of candidates) {
      const cost = this.cost(c.boxes);
      if (cost < bestCost) {
        best = c;
        bestCost = cost;
      }
      if (cost === 0) break;
    }
    if (best === undefined) throw new Error('No candidate spot for a label');
    return { candidate: best, cost: bestCost };
  }

  /** A board with the same things on it and a budget of its own: `limit` more candidates, counted apart from this one's. */
  withBudget(limit: number): LabelBoard {
    const board = new LabelBoard(this.width, this.height, this.pad, limit);
    this.taken.forEach((b) => board.reserve(b));
    return board;
  }

  /** A board with the same things on it, to try a layout on without changing this one. */
  copy(): LabelBoard {
    const board = new LabelBoard(this.width, this.height, this.pad, this.work.limit, this.work);
    this.taken.forEach((b) => board.reserve(b));
    return board;
  }
}
