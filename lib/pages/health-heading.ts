/**
 * The heading of the Concerns page's Health part: its id is the address other pages link to. A module of
 * its own, importing nothing, so that the list of the page's headings (concerns-top.ts) can read it
 * whatever order the modules that compute the health figures are loaded in.
 */
export const HEALTH_HEADING = { id: 'health-damage-heading', title: 'Health: the cost in dollars and lives' } as const;
