/**
 * One map from a data key to its label, colour and line pattern. The chart, its
 * HTML legend and the data table's headers all read from here. Dash patterns keep
 * the series apart in black-and-white print.
 */
import type { Locale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

export type SeriesKey =
  | 'gridSupplied'
  | 'gridApproved'
  | 'claimed'
  | 'estimated'
  | 'turbinesReported'
  | 'turbinesPermitted'
  | 'gpus'
  | 'battery'
  | 'areaGrid'
  | 'areaEstimated'
  | 'areaClaimed'
  | 'mlgwPeak';

export type SeriesStyle = { label: string; unit: string; color: string; dash?: string };

export const SERIES: Record<SeriesKey, SeriesStyle> = {
  gridSupplied: { label: 'Grid power in service', unit: 'MW', color: '#0b4f8a' },
  gridApproved: { label: 'Grid power approved', unit: 'MW', color: '#0b4f8a', dash: '7 4' },
  claimed: { label: 'Power the companies state', unit: 'MW', color: '#7a4a00', dash: '7 4' },
  estimated: { label: 'Power estimated by independent analysts', unit: 'MW', color: '#5b3f8c' },
  turbinesReported: { label: 'Gas turbines reported running', unit: 'MW', color: '#a3261b' },
  turbinesPermitted: { label: 'Gas turbines permitted', unit: 'MW', color: '#a3261b', dash: '2 3' },
  gpus: { label: 'GPUs', unit: 'GPUs', color: '#2d5f2e' },
  battery: { label: 'Battery backup', unit: 'MW', color: '#5b3f8c', dash: '10 3 2 3' },
  areaGrid: { label: 'Grid power in service, all data centers', unit: 'MW', color: '#0b4f8a' },
  areaEstimated: { label: 'Data centers, estimated (grid power where there is no estimate)', unit: 'MW', color: '#a3261b' },
  areaClaimed: { label: 'Data centers, as the companies state', unit: 'MW', color: '#7a4a00', dash: '7 4' },
  mlgwPeak: { label: "MLGW's normal summer peak", unit: 'MW', color: '#555555', dash: '2 3' },
};

/** A series' name in a language: the table above in English, the messages' in another (lib/i18n/messages). */
export function seriesLabel(key: SeriesKey, locale: Locale = 'en'): string {
  return locale === 'en' ? SERIES[key].label : MESSAGES[locale].series[key];
}
