/**
 * A derived figure's arithmetic as a flat list: the steps in the order they are done
 * (each computed figure once), and the sourced or assumed inputs they start from (each
 * once). Shown under "How we got this", it stays short even when the same input feeds
 * several steps.
 */
import type { KnownQuantity, Quantity } from './quantity';

export type Step = { formula: string; result: KnownQuantity };
export type Leaf = { name: string; quantity: Quantity };

/** The arithmetic of one figure, or of several shown together (shared steps and inputs then appear once). */
export function flattenDerivation(q: KnownQuantity | KnownQuantity[]): { steps: Step[]; leaves: Leaf[] } {
  const steps: Step[] = [];
  const leaves: Leaf[] = [];
  const seenSteps = new Set<string>();
  const seenLeaves = new Set<string>();
  const visit = (k: KnownQuantity) => {
    if (k.derivation === undefined) return;
    const expand = k.derivation.expand;
    for (const [index, input] of k.derivation.inputs.entries()) {
      const iq = input.quantity;
      if (iq.kind === 'known' && iq.derivation !== undefined && (expand === undefined || expand.includes(index))) {
        visit(iq);
      } else {
        const key = `${input.name}|${iq.kind === 'known' ? `${iq.value}|${iq.low}|${iq.high}` : iq.reason}`;
        if (!seenLeaves.has(key)) {
          seenLeaves.add(key);
          leaves.push(input);
        }
      }
    }
    const stepKey = `${k.derivation.formula}|${k.value}`;
    if (!seenSteps.has(stepKey)) {
      seenSteps.add(stepKey);
      steps.push({ formula: k.derivation.formula, result: k });
    }
  };
  for (const one of Array.isArray(q) ? q : [q]) visit(one);
  return { steps, leaves };
}
