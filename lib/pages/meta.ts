/** Titles, descriptions and canonical links of the facility pages, for every scenario. */
import type { Overview } from './overview';
import type { SectionKey } from './sections';
import { publicPath, withQuery } from './site';

export type Section = SectionKey;

/** The front page shows the featured facility's overview; its canonical URL is that facility's page. */
export function facilityPageMeta(o: Overview, section: Section) {
  const { facility, place } = o;
  const u = place.utility.shortName;
  const canonical = withQuery(publicPath(facility.id, section), o.scenarioQuery);
  const byPage = {
    overview: {
      title: `${facility.shortName}, ${place.name}: power and water`,
      description: `${facility.name} at ${facility.address}: grid power, gas turbines and water use set against ${place.name} homes and ${u}, with sources.`,
    },
    power: {
      title: `Power: ${facility.shortName}, ${place.name}`,
      description: `${facility.name}: grid power and gas turbines over time, how many homes that is by each baseline, and its share of ${u}, with sources.`,
    },
    report: {
      title: `Report: ${facility.shortName}, ${place.name}`,
      description: `A printable report on ${facility.name}: headline figures, comparisons with ${place.name} homes and ${u}, and every source.`,
    },
    claims: {
      title: `Claims checked: ${facility.shortName}, ${place.name}`,
      description: `Public claims about ${facility.name} from the company, ${u}, advocates, public records and the press, each checked against the data by the same rule, with the arithmetic.`,
    },
    concerns: {
      title: `Concerns: ${facility.shortName}, ${place.name}`,
      description: `${facility.name}: its gas turbines and air permit, estimates of their pollution, the grid's CO2 for the same energy, the neighbourhood's health context and energy burden, and the legal record, with sources.`,
    },
    water: {
      title: `Water: ${facility.shortName}, ${place.name}`,
      description: `${facility.name}: every report of its daily water use, against homes and ${u}'s pumping, the aquifer, the recycling plant and the water of its electricity, with sources.`,
    },
  }[section];
  const image = {
    url: `/og/${facility.id}.png`,
    width: 1200,
    height: 630,
    alt: `${facility.name}: grid power and water use, with sources`,
  };
  return {
    ...byPage,
    alternates: { canonical },
    openGraph: { ...byPage, url: canonical, type: 'article' as const, siteName: 'Data-center impact', images: [image] },
    twitter: { card: 'summary_large_image' as const, ...byPage, images: [image] },
  };
}
