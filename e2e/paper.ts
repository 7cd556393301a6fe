/**
 * What a printed page is, read back as a reader holds it: the PDF's pages and text, how full each
 * page is, and what its QR code says.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

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

/** Whether the printed text holds a source's address (or says that none was recorded). */
export function printsAddress(joined: string, url: string | null): boolean {
  return joined.includes((url ?? 'Address not recorded').replace(/\s+/g, ''));
}

/** Reads a binary PGM (P5) image, as pdftoppm -gray writes it. */
function readPgm(buffer: Buffer): { width: number; height: number; pixels: Buffer } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(buffer.subarray(0, 64).toString('latin1'));
  if (header === null) throw new Error('not a binary PGM image');
  const [all, w, h] = header;
  return { width: Number(w), height: Number(h), pixels: buffer.subarray(Buffer.byteLength(all as string, 'latin1')) };
}

/**
 * How full each printed page is: the share of the page's body, between the top margin and the
 * page-number footer, that lies above its last line of ink (1 = to the bottom). A page "more than
 * half empty" has less than 0.5.
 */
export function printedPageFill(file: string): number[] {
  const pages = pdfPages(file);
  const fills: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const pgm = readPgm(execFileSync('pdftoppm', ['-r', '24', '-gray', '-f', String(p), '-l', String(p), file]));
    const { width, height, pixels } = pgm;
    // the body of the page: below the top margin, above the footer with the page number
    const top = Math.round(height * 0.05);
    const bottom = Math.round(height * 0.9);
    let last = top;
    for (let y = top; y < bottom; y++) {
      const row = pixels.subarray(y * width, (y + 1) * width);
      if (row.some((v) => v < 160)) last = y;
    }
    fills.push((last - top) / (bottom - top));
  }
  return fills;
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
