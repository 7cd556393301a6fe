/** The sizes of what the locator map draws, in SVG units: shared by the layout (locator.ts) and the drawing. */

/**
 * Font sizes in SVG units, chosen with the drawn sizes (LocatorMapOptions.width) so that no text
 * is under 11 px on a 375 px phone, where the phone's drawing (360 wide) shows about 343 wide.
 */
export const FONT_SIZE = { place: 13, state: 12, county: 12, scale: 12, number: 12 } as const;
/** Half the size of a place's marker. */
export const MARKER_RADIUS = 6;
/** The width of the box a drawn marker fills, its outline included (the triangle is the widest). */
export const MARKER_BOX = 2 * MARKER_RADIUS + 2;
/** The radius of the dot at a place's true point, where its marker had to move away and a line leads back. */
export const POINT_DOT_RADIUS = 2;
/** The radius of a numbered circle, on a map with too many places to name (numbered.ts): room for "100" at FONT_SIZE.number. */
export const NUMBER_RADIUS = 12;
