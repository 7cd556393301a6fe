'use client';

import { useEffect, useState } from 'react';

/** "Print / Save as PDF": shown only where JavaScript runs, since only then can it open the print dialog. */
export function PrintButton() {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <button type="button" className="print-button no-print" onClick={() => window.print()}>
      Print / Save as PDF
    </button>
  );
}
