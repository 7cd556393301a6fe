/**
 * Reads a displayed equation back as a reader would redo it by hand: "150 MW × 8,760 hours in a
 * year × load factor 1 ≈ 1,300,000 MWh a year". Numbers (with their ranges, %, $ and "billion"),
 * ×, ÷, + and brackets are arithmetic; every other word is a label. Used by the tests that hold
 * every page to the rounding rule (rounding.ts): an equation must add up as it is displayed.
 */
import { UNITS } from './units';

export type Interval = { lo: number; hi: number };

type Token = { kind: 'number'; value: Interval } | { kind: 'op'; op: '×' | '÷' | '+' | '(' | ')' };

const SCALE = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
// a "×" written right after a number is a ratio's unit ("PUE 1.16×"), not a multiplication
const NUMBER = String.raw`\$?\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion|trillion))?%?×?`;
const TOKEN = new RegExp(String.raw`(${NUMBER})(?:\s?–\s?(${NUMBER}))?|([×÷+()])`, 'g');

/** Unit labels that contain a number ("per 100 gallons"): labels, not arithmetic. */
const NUMBERED_LABELS = Object.values(UNITS)
  .map((u) => u.label)
  .filter((l) => /\d/.test(l));

function readNumber(text: string): number {
  const m = /^\$?([\d,]+(?:\.\d+)?)(?: (thousand|million|billion|trillion))?(%)?×?$/.exec(text.trim());
  if (!m) throw new Error(`Not a number: "${text}"`);
  const n = Number((m[1] as string).replaceAll(',', '')) * (m[2] ? SCALE[m[2] as keyof typeof SCALE] : 1);
  return m[3] ? n / 100 : n;
}

/** "1,000,000–1,500,000 gallons a day", "51%", "$2.5 billion–$4 billion": the interval a figure's text says. */
export function readFigure(text: string): Interval {
  const tokens = tokenize(text).filter((t) => t.kind === 'number');
  const first = tokens[0];
  if (first === undefined || first.kind !== 'number') throw new Error(`No number in "${text}"`);
  return first.value;
}

function tokenize(text: string): Token[] {
  let t = text;
  for (const label of NUMBERED_LABELS) t = t.replaceAll(label, ' ');
  // a bracket with no number in it is a remark, not a group: "(our arithmetic; no total was published)"
  t = t.replace(/\([^()\d]*\)/g, ' ');
  const tokens: Token[] = [];
  for (const m of t.matchAll(TOKEN)) {
    if (m[3] !== undefined) tokens.push({ kind: 'op', op: m[3] as '×' | '÷' | '+' | '(' | ')' });
    else {
      const lo = readNumber(m[1] as string);
      // "$2.5 billion–$4 billion" and "2.5–4 billion": a bare low end takes the high end's scale; a low end written
      // in full ("$636,000,000–$1.07 billion") is a number of its own
      const hiText = m[2];
      let hi = hiText === undefined ? lo : readNumber(hiText);
      let low = lo;
      if (hiText !== undefined && /^\$?\d{1,3}(?:\.\d+)?$/.test((m[1] as string).trim())) {
        const scale = /(thousand|million|billion|trillion)/.exec(hiText)?.[1];
        if (scale) low = lo * SCALE[scale as keyof typeof SCALE];
        if (hiText.endsWith('%') && !(m[1] as string).endsWith('%')) low = low / 100;
      }
      if (hi < low) hi = low;
      tokens.push({ kind: 'number', value: { lo: low, hi } });
    }
  }
  return tokens;
}

/** Evaluates the arithmetic of an equation's left side, with ranges carried as intervals (all figures are non-negative). */
export function evaluate(formula: string): Interval {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const atom = (): Interval => {
    const t = tokens[i++];
    if (t === undefined) throw new Error(`Equation ends early: "${formula}"`);
    if (t.kind === 'number') return t.value;
    if (t.op === '(') {
      const v = sum();
      const close = tokens[i++];
      if (close === undefined || close.kind !== 'op' || close.op !== ')') throw new Error(`Unclosed bracket in "${formula}"`);
      return v;
    }
    throw new Error(`Unexpected "${t.op}" in "${formula}"`);
  };
  const product = (): Interval => {
    let v = atom();
    for (let t = peek(); t?.kind === 'op' && (t.op === '×' || t.op === '÷'); t = peek()) {
      i++;
      const r = atom();
      v = t.op === '×' ? { lo: v.lo * r.lo, hi: v.hi * r.hi } : { lo: v.lo / r.hi, hi: v.hi / r.lo };
    }
    return v;
  };
  const sum = (): Interval => {
    let v = product();
    for (let t = peek(); t?.kind === 'op' && t.op === '+'; t = peek()) {
      i++;
      const r = product();
      v = { lo: v.lo + r.lo, hi: v.hi + r.hi };
    }
    return v;
  };
  const v = sum();
  if (i !== tokens.length) throw new Error(`Two figures with no operation between them in "${formula}"`);
  return v;
}

/** The numbers an equation shows, as written ("1,000,000", "1.16"), for checking that each input appears as it is shown. */
export function numbersIn(text: string): number[] {
  return tokenize(text).flatMap((t) => (t.kind === 'number' ? (t.value.lo === t.value.hi ? [t.value.lo] : [t.value.lo, t.value.hi]) : []));
}
