/**
 * How wide a line of chart text is, estimated without a browser: the server draws each chart
 * once, so it must decide where lines break and how much room labels need before any font is
 * measured. The widths are those of DejaVu Sans, the widest face in the site's font stack
 * (`system-ui, "DejaVu Sans", …`), rounded up, so text laid out by them fits in narrower faces too.
 */

const NARROW = new Set([..." \u00a0,.;:!|'ijlI()[]·-"]);
const SEMI = new Set([...'frt/']);
const WIDE = new Set([...'mwMW%']);

/** The advance of one character, in em (DejaVu Sans, rounded up). */
function advance(ch: string): number {
  if (NARROW.has(ch)) return 0.36;
  if (SEMI.has(ch)) return 0.44;
  if (WIDE.has(ch)) return 0.98;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch >= 'A' && ch <= 'Z') return 0.74;
  return 0.62;
}

/** The width in px of `text` set at `fontSize` px; bold text is about a tenth wider. */
export function textWidth(text: string, fontSize: number, { bold = false }: { bold?: boolean } = {}): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize * (bold ? 1.12 : 1);
}

/**
 * Breaks `text` into lines no wider than `width` px, at spaces; a no-break space (U+00A0) holds
 * its words together. A word wider than a whole line is cut, rather than left to run off the drawing.
 */
export function wrapText(text: string, width: number, fontSize: number, { bold = false }: { bold?: boolean } = {}): string[] {
  const fits = (s: string) => textWidth(s, fontSize, { bold }) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter((w) => w !== '')) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (fits(tried)) {
      line = tried;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (!fits(line)) {
      // cut an over-long word where it stops fitting
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
