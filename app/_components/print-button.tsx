/**
 * "Print / Save as PDF": usable only where JavaScript runs, since only a script can open the
 * print dialog. It is in the server HTML from the start but hidden; /print.js (public/print.js,
 * loaded by the root layout) shows it and wires it up, so nothing on the page moves.
 */
export function PrintButton({ label, wide }: { label: string; wide: string }) {
  return (
    <button type="button" className="print-button no-print" style={{ visibility: 'hidden' }}>
      {label}
      <span className="wide-only">{wide}</span>
    </button>
  );
}
