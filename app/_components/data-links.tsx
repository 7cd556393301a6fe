import { dataPath, withQuery } from '@/lib/pages/site';

/**
 * Links to the facility's figures as files, for the view on screen. Plain links, not
 * next/link: they are files served by route handlers, not pages. Hidden in print.
 */
export function DataLinks({ facilityId, query }: { facilityId: string | undefined; query: string }) {
  // the region's files for the front page (no facility), a facility's for its pages
  const path = (format: 'csv' | 'json') => (facilityId === undefined ? `/data.${format}` : dataPath(facilityId, format));
  return (
    <p className="data-links no-print">
      Download the data:{' '}
      <a href={withQuery(path('csv'), query)} type="text/csv">
        CSV
      </a>{' '}
      ·{' '}
      <a href={withQuery(path('json'), query)} type="application/json">
        JSON
      </a>{' '}
      <span className="data-links-note">(every figure with its range, date and sources)</span>
    </p>
  );
}
