/** Which sources a set of figures rests on, including the inputs of derived figures. */
import type { Quantity } from './quantity';
import type { Source } from '../data/schemas';

export function sourceIdsOf(quantities: Quantity[]): string[] {
  const ids = new Set<string>();
  const visit = (q: Quantity) => {
    q.sourceIds.forEach((id) => ids.add(id));
    if (q.kind === 'known') q.derivation?.inputs.forEach((i) => visit(i.quantity));
  };
  quantities.forEach(visit);
  return [...ids];
}

/** Sorted for a bibliography: by publisher, then title. */
export function sortSources(sources: Source[]): Source[] {
  return [...sources].sort((a, b) => a.publisher.localeCompare(b.publisher, 'en') || a.title.localeCompare(b.title, 'en'));
}
