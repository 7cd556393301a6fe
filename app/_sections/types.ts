import type { ModelOf, SectionId } from '@/lib/pages/registry';

/** What every section's component gets: its model, and the public address it is served at (the front page is "/"). */
export type SectionProps<K extends SectionId> = { model: ModelOf<K>; path: string };
