/**
 * Where a claim's check finds a figure in the data (see `claimRef` in schemas/claims.ts), and
 * the check of a claims file against the other files: every reference leads to a figure, and
 * every check compares figures of kinds that go together. Both run when the data is loaded, so
 * a claims file that points nowhere, or sets gallons against homes, fails the build with the
 * file and the field named, like any other bad data.
 *
 * Figures the site computes (`computed:<name>`) are named here with their unit and what they
 * need; the claims module computes them (lib/claims/refs.ts), typed against this list.
 */
import type { Quantity } from '../core/quantity';
import { describeUnit, productUnit, quotientUnit, type Unit } from '../core/units';
import type { ClaimCheck, ClaimsFile, Operand } from './schemas/claims';
import type { Facility, FacilityStateKey } from './schemas/facility';
import type { Factors } from './schemas/factors';
import type { Place } from './schemas/place';
import { statesOverTime } from './timeline';

export type RefContext = { facility: Facility; place: Place; factors: Factors };

/** The figures a claim may refer to as `computed:<name>[@<date>]`: their unit, and the facility's figures they need at that date. */
export const COMPUTED_REFS = {
  /** The monthly bill for the grid power approved at a date, drawn all month, at the state's prices. */
  billAtApprovedPower: { unit: 'USD/month', needs: ['gridPowerApprovedMw'] },
  /** Power per turbine under the air permit in force at a date: permitted MW ÷ permitted turbines. */
  permittedMwPerTurbine: { unit: 'MW/turbine', needs: ['onsiteTurbinesPermittedMw', 'onsiteTurbinesPermittedCount'] },
  /** The whole site's power as independent analysts last estimated it at a date (an IT power estimate × PUE where that is newer). */
  siteEstimate: { unit: 'MW', needs: [] },
  /** Every xAI data center's latest independent estimate at a date (grid power in service where there is none), summed; a power plant is not added. */
  dataCentersEstimate: { unit: 'MW', needs: [] },
  /** The recycling plant's capacity over a whole year, running full every day. */
  recyclingPlantCapacityPerYear: { unit: 'gal/yr', needs: [] },
} as const satisfies Record<string, { unit: Unit; needs: readonly FacilityStateKey[] }>;

export type ComputedRef = keyof typeof COMPUTED_REFS;

function isQuantity(v: unknown): v is Quantity {
  return typeof v === 'object' && v !== null && 'kind' in v && 'unit' in v && (v.kind === 'known' || v.kind === 'unknown');
}

function walk(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** The facility's figure `key` as it stood on `date`. */
export function stateAt(ctx: RefContext, key: FacilityStateKey, date: string): Quantity | undefined {
  const states = statesOverTime(ctx.facility, date);
  return states[states.length - 1]?.state[key];
}

export function isComputedRef(name: string): name is ComputedRef {
  return Object.hasOwn(COMPUTED_REFS, name);
}

/** Splits "computed:name@date" or "state:key@date" into its parts. */
export function splitRef(ref: string): { kind: string; path: string; date: string | undefined } {
  const colon = ref.indexOf(':');
  const [path = '', date] = ref.slice(colon + 1).split('@');
  return { kind: ref.slice(0, colon), path, date };
}

/**
 * The figure at a data reference (facility:, place:, factor:, state:), or for a computed one
 * its unit; a message saying why there is none otherwise.
 */
export function lookUpRef(ref: string, ctx: RefContext): Quantity | { computed: ComputedRef; unit: Unit } | string {
  const { kind, path, date } = splitRef(ref);
  if (kind === 'computed') {
    if (!isComputedRef(path)) return `unknown computed figure "${path}" (known: ${Object.keys(COMPUTED_REFS).join(', ')})`;
    const def = COMPUTED_REFS[path];
    if (path === 'recyclingPlantCapacityPerYear' && ctx.facility.water === undefined)
      return `computed figure "${path}" needs the facility's water figures, and it has none`;
    if (def.needs.length > 0 && (date === undefined || def.needs.some((k) => stateAt(ctx, k, date) === undefined)))
      return `computed figure "${path}" needs a date at which the facility has ${def.needs.join(' and ')}`;
    return { computed: path, unit: def.unit };
  }
  let found: unknown;
  if (kind === 'facility') found = walk(ctx.facility, path);
  else if (kind === 'place') found = walk(ctx.place, path);
  else if (kind === 'factor') found = walk(ctx.factors, path);
  else if (kind === 'state') {
    found = date === undefined ? undefined : stateAt(ctx, path as FacilityStateKey, date);
    if (found === undefined) return `no figure "${path}" in the facility's timeline on or before ${date}`;
  }
  if (!isQuantity(found)) return `no figure at ${kind} path "${path}"`;
  return found;
}

type Problem = { at: string; message: string };

/** Every problem with a claims file's references and units, each with its path (e.g. "claims[3].check.wholes[1]"). */
export function claimsFileProblems(file: ClaimsFile, ctx: RefContext): Problem[] {
  const problems: Problem[] = [];
  file.claims.forEach((claim, i) => {
    const at = (field: string) => `claims[${i}].check.${field}`;
    const unitOf = (o: Operand, field: string): Unit | undefined => {
      if (!('ref' in o)) return o.unit;
      const found = lookUpRef(o.ref, ctx);
      if (typeof found === 'string') {
        problems.push({ at: at(`${field}.ref`), message: found });
        return undefined;
      }
      return found.unit;
    };
    for (const p of unitProblems(claim.check, unitOf)) problems.push({ at: at(p.at), message: p.message });
  });
  return problems;
}

/** Checks that a check compares figures of kinds that go together; `unitOf` resolves an operand's unit. */
function unitProblems(c: ClaimCheck, unitOf: (o: Operand, field: string) => Unit | undefined): Problem[] {
  const out: Problem[] = [];
  const need = (field: string, unit: Unit | undefined, expected: Unit, what: string) => {
    if (unit !== undefined && unit !== expected)
      out.push({ at: field, message: `${what} must be in ${describeUnit(expected)}, not ${describeUnit(unit)}` });
  };
  const same = (field: string, unit: Unit | undefined, first: Unit | undefined, what: string) => {
    if (unit !== undefined && first !== undefined && unit !== first)
      out.push({ at: field, message: `${describeUnit(unit)} cannot be set against ${what} in ${describeUnit(first)}: they measure different things` });
  };
  switch (c.kind) {
    case 'figure': {
      const units = c.against.map((o, j) => unitOf(o, `against[${j}]`));
      units.forEach((u, j) => j > 0 && same(`against[${j}]`, u, units[0], 'the first figure'));
      break;
    }
    case 'homes':
      need('power', unitOf(c.power, 'power'), 'MW', 'the power homes are counted for');
      need('claimed.unit', c.claimed.unit, 'households', 'a claimed number of homes');
      break;
    case 'share': {
      const part = unitOf(c.part, 'part');
      c.wholes.forEach((o, j) => same(`wholes[${j}]`, unitOf(o, `wholes[${j}]`), part, 'the part'));
      need('claimed.unit', c.claimed.unit, 'share', 'a claimed share');
      break;
    }
    case 'product': {
      const [a, b] = [unitOf(c.factors[0], 'factors[0]'), unitOf(c.factors[1], 'factors[1]')];
      if (a !== undefined && b !== undefined && productUnit(a, b) === undefined)
        out.push({ at: 'factors', message: `${describeUnit(a)} × ${describeUnit(b)} is not a unit this site knows` });
      break;
    }
    case 'ratio': {
      const [n, d] = [unitOf(c.numerator, 'numerator'), unitOf(c.denominator, 'denominator')];
      if (n !== undefined && d !== undefined && quotientUnit(n, d) === undefined)
        out.push({ at: 'denominator', message: `${describeUnit(n)} ÷ ${describeUnit(d)} is not a unit this site knows` });
      break;
    }
    case 'per unit': {
      const q = quotientUnit(c.total.unit, c.count.unit);
      if (q !== c.perUnit)
        out.push({ at: 'perUnit', message: `${describeUnit(c.total.unit)} ÷ ${describeUnit(c.count.unit)} is not ${describeUnit(c.perUnit)}` });
      c.against.forEach((o, j) => need(`against[${j}]`, unitOf(o, `against[${j}]`), c.perUnit, 'a figure per unit'));
      break;
    }
  }
  return out;
}
