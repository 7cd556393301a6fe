/** The pages of a facility, in the order the site links them. */
export const SECTIONS = ['overview', 'power', 'water', 'concerns', 'claims', 'report'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export const SECTION_LABELS: Record<SectionKey, string> = {
  overview: 'Overview',
  power: 'Power',
  water: 'Water',
  concerns: 'Concerns',
  claims: 'Claims checked',
  report: 'Printable report',
};
