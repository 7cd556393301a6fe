/**
 * What a printed page is, read back as a reader holds it: the PDF's pages and text, how full each
 * page is, and what its QR code says.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

import type { Source } from '../lib/data/schemas/sources';
import { addressesOf, followableAddress } from '../lib/data/source-dates';

export function pdfPages(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1]);
}

/** The PDF's text, with whitespace made single spaces, so that a phrase wrapped across lines still matches. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', file, '-']).toString().replace(/\s+/g, ' ');
}

/** The PDF's text with no whitespace and no page numbers: an address broken across lines is whole again. */
export function pdfTextJoined(file: string): string {
  return pdfText(file)
    .replace(/Page \d+ of \d+/g, '')
    .replace(/\s+/g, '');
}

/**
 * Whether the printed text holds every address of a source (the original's and the copy's), or says that it has none;
 * `all: false`, a page printed as a fallback: the one address to follow, the original's or else the copy's.
 */
export function printsAddress(joined: string, source: Source, { all = true }: { all?: boolean } = {}): boolean {
  const follow = followableAddress(source);
  const addresses = all ? addressesOf(source) : follow ? [follow.url] : [];
  if (addresses.length === 0) return joined.includes('Noaddress.');
  return addresses.every((url) => joined.includes(url.replace(/\s+/g, '')));
}

/** Reads a binary PGM (P5) image, as pdftoppm -gray writes it. */
function readPgm(buffer: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buffer.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('not a binary PGM image');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: buffer.subarray(Buffer.byteLength(all as string, 'latin1')) };
}

/**
 * How full each printed page is, from 0 (blank) to 1: the share of the page's body (the page less
 * its @page margins, so the running page number does not count) that is either ink or a gap between
 * inked lines no taller than `gapMm` (the space between paragraphs and headings). A page whose
 * content stops halfway scores about 0.5, and so does a page with a hole as tall as half of it: a
 * page "more than half empty" has less than 0.5. Each page is drawn in grey at `dpi` dots per inch
 * by pdftoppm (poppler-utils); a dot darker than `ink` (0–255) is ink, light enough to count a
 * chart's grid lines.
 */
export function printedPageFill(file: string, { marginTopMm = 14, marginBottomMm = 16, gapMm = 10, dpi = 30, ink = 235 } = {}): number[] {
  const dots = (mm: number) => Math.round((mm / 25.4) * dpi);
  const fills: number[] = [];
  for (let p = 1; p <= pdfPages(file); p++) {
    const page = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', String(p), '-l', String(p), file]);
    const { width, height, pixels } = readPgm(page);
    const top = dots(marginTopMm);
    const bottom = height - dots(marginBottomMm);
    const inked = (y: number) => pixels.subarray(y * width, (y + 1) * width).some((v) => v < ink);
    let empty = 0;
    let run = 0;
    for (let y = top; y < bottom; y++) {
      if (inked(y)) {
        if (run > dots(gapMm)) empty += run;
        run = 0;
      } else run++;
    }
    if (run > dots(gapMm)) empty += run;
    fills.push(1 - empty / (bottom - top));
  }
  return fills;
}

/** The pages of a PDF that are more than half empty, but the last (which may be short): "page 2 (fill 0.41)". */
export function halfEmptyPages(file: string): string[] {
  return printedPageFill(file)
    .slice(0, -1)
    .flatMap((f, i) => (f < 0.5 ? [`page ${i + 1} (fill ${f.toFixed(2)})`] : []));
}

/** What the QR code drawn in `selector` says, decoded from a screenshot of it. */
export async function readQrCode(page: Page, selector: string): Promise<string | undefined> {
  const shot = await page.locator(selector).first().screenshot({ scale: 'device' });
  const png = PNG.sync.read(shot);
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

/** Writes a PDF of the page in `format` and returns its path. */
export async function printToPdf(page: Page, file: string, format: 'Letter' | 'A4'): Promise<string> {
  await page.pdf({ path: file, format });
  if (!fs.existsSync(file)) throw new Error(`no PDF at ${file}`);
  return file;
}
