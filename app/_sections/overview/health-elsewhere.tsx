import type { Overview } from '@/lib/pages/overview';
import { CONCERNS_HEADINGS } from '@/lib/pages/concerns-top';
import { publicPath } from '@/lib/pages/site';

/** A site that burns no gas: its health figures are the plant's, on the plant's page, and are not counted here again. */
export function HealthElsewhere({ overview }: { overview: Overview }) {
  const h = overview.healthElsewhere;
  if (h === undefined) return null;
  return (
    <section aria-labelledby="health-elsewhere-heading" className="section">
      <h2 id="health-elsewhere-heading">Health</h2>
      <p>
        {overview.facility.shortName} burns no gas on site; its power comes from the {h.name}, whose health figures are on its page:{' '}
        <a href={`${publicPath(h.facilityId, 'concerns')}#${CONCERNS_HEADINGS.healthDamage.id}`}>
          health damage and deaths of the {h.name}
        </a>
        . They are not counted here again.
      </p>
    </section>
  );
}
