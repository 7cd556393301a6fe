/**
 * Where the feeds are and what they are called, for the pages' <head> and footer. Kept apart from
 * the builders so that a page's metadata can name them without loading them.
 */
export const FEED_LINKS = {
  atom: { path: '/feed.xml', type: 'application/atom+xml', title: "What's new at xAI's sites in the Memphis area (Atom feed)" },
  calendar: { path: '/calendar.ics', type: 'text/calendar', title: 'Decision dates for the sites (calendar)' },
} as const;

/** `metadata.alternates.types` for every page: the Atom feed, as <link rel="alternate" type="application/atom+xml">. */
export const FEED_ALTERNATE_TYPES = {
  [FEED_LINKS.atom.type]: [{ url: FEED_LINKS.atom.path, title: FEED_LINKS.atom.title }],
};
