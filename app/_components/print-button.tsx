'use client';

import { useEffect, useState } from 'react';

/**
 * "Print / Save as PDF": usable only where JavaScript runs, since only then can it open the print
 * dialog. It is in the server HTML from the start but invisible (and out of the accessibility tree)
 * until then, so that its space is kept and nothing on the page moves when it appears.
 */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <button
      type="button"
      className="print-button no-print"
      onClick={() => window.print()}
      style={ready ? undefined : { visibility: 'hidden' }}
    >
      Print / Save as PDF
    </button>
  );
}
