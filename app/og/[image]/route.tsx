import { listFacilities } from '@/lib/data/load';
import { dataVersion } from '@/lib/data/version';
import { previewImagePath } from '@/lib/pages/meta';
import { formatDate, formatValue } from '@/lib/core/format';
import { getOverview, waterCaseText } from '@/lib/pages/overview';
import { REGION_IMAGE_ID } from '@/lib/pages/meta';
import { getArea } from '@/lib/pages/area';
import { formatQuantity } from '@/lib/core/format';

import { preview } from '../card';

/**
 * The preview image shown when a facility's page is shared (Open Graph and Twitter cards):
 * /og/<facility id>.<data version>.png, drawn at build time with the font next/og bundles (no
 * remote fonts). The data version in the name changes with the data, so the image may be kept for
 * a year (the proxy serves it as immutable); an old version's name is not found.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return [REGION_IMAGE_ID, ...listFacilities().map((f) => f.id)].map((id) => ({ image: previewImagePath(id).replace(/^\/og\//, '') }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const { image } = await params;
  const match = /^(.+)\.([0-9a-f]+)\.png$/.exec(image);
  if (match?.[2] === dataVersion() && match[1] === REGION_IMAGE_ID) return regionImage();
  const overview = match?.[2] === dataVersion() ? getOverview(match[1] ?? '') : undefined;
  if (overview === undefined) return new Response('Not found', { status: 404 });
  const { facility, place } = overview;
  const asOf = (d: string | undefined) => (d ? formatDate(d) : 'date not known');
  // a data center's grid power; a power plant's, what its turbines are permitted to generate
  const shown: string[] = facility.kind === 'power plant' ? ['turbinesPermitted'] : ['gridSupplied', 'gridApproved'];
  const figures = overview.power
    .filter((p) => shown.includes(p.key))
    .map((p) => ({
      label: `${p.label}, ${asOf(p.power.asOf)}`,
      text: p.power.kind === 'known' ? formatValue(p.power.value, 'MW') : 'not known',
    }));
  const water = overview.water?.use;
  if (water !== undefined)
    figures.push({
      label: `Water use on site, ${waterCaseText(overview)}, ${asOf(water.asOf)}`,
      text: formatQuantity(water),
    });
  return preview(
    `${place.name}, ${place.region}`,
    facility.name,
    figures,
    `Data-center impact · set against ${place.name} homes and ${place.utility.shortName}, with every source`,
  );
}

/** The region page's preview: its answers in round numbers, as a resident would repeat them. */
function regionImage() {
  const area = getArea();
  if (area === undefined) return new Response('Not found', { status: 404 });
  const { electricity: e, water: w, air: a } = area.answers;
  const plants = a.turbines.filter((t) => t.onSite?.kind === 'known');
  const figures = [
    { text: e.homes ? formatQuantity(e.homes).replace(' households', '') : 'not known', label: `homes' electricity (${e.homesIn})` },
    { text: w.total ? formatQuantity(w.total).replace(' gallons a day', '') : 'not known', label: 'gallons of water a day, on record' },
    {
      text: plants.map((t) => (t.onSite ? formatQuantity(t.onSite).replace(' turbines', '') : '')).join(' + ') || 'not known',
      label: 'gas turbines counted on site',
    },
  ];
  return preview(
    'Memphis, Tennessee and Southaven, Mississippi',
    'xAI in the Memphis area',
    figures,
    `Data-center impact · data updated ${formatDate(area.dataUpdated)}, with every source`,
  );
}
