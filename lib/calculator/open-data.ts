/**
 * A proposal's figures as a file, in the same form as a facility's download (lib/pages/open-data.ts):
 * one row per figure with its range, date, sources and formula, the settings, and the sources cited.
 */
import { getSource } from '../data/load';
import { LICENCE, type OpenDataFile, openDataSource, scenarioTag, toRow } from '../pages/open-data';
import { withQuery } from '../pages/site';
import type { Proposal } from './model';
import { CALCULATOR_PATH } from './route';
import { calculatorQuery, CONTROLS } from './settings';

/** The settings in words, one phrase each. */
export function settingsInWords(p: Proposal): string[] {
  const s = p.settings;
  return [
    ...(s.name === undefined ? [] : [`name: ${s.name}`]),
    `state: ${p.state.name}`,
    s.mw !== undefined ? `facility power: ${s.mw} MW` : `IT power: ${s.it} MW × PUE ${s.pue ?? 'the sourced range'}`,
    `load factor: ${s.loadFactor}`,
    ...(s.water === undefined
      ? []
      : [s.water === 'average' ? 'water: the U.S. average per kWh of IT energy' : `water: ${s.water} gallons a day`]),
    ...(s.gas === undefined ? [] : [`gas: ${s.gas} MW, ${s.hours} hours a year, ${CONTROLS[s.control]}`]),
    ...(s.peak === undefined ? [] : [`your utility's peak: ${s.peak} MW`]),
    ...(s.customers === undefined ? [] : [`your utility's residential customers: ${s.customers}`]),
    ...(s.supply === undefined ? [] : [`your water supply: ${s.supply} million gallons a day`]),
  ];
}

export function proposalOpenData(p: Proposal, dataUpdated: string): OpenDataFile {
  const query = calculatorQuery(p.settings);
  const page = withQuery(CALCULATOR_PATH, query);
  const figures = p.figures.map((f) => toRow(f, 'calculator', page, getSource));
  const ids = [...new Set(figures.flatMap((f) => f.sourceIds))].sort();
  return {
    facilityId: 'proposal',
    facilityName: p.settings.name ?? `A proposed data center in ${p.state.name}`,
    scenario: { query, words: settingsInWords(p) },
    dataUpdated,
    licence: LICENCE,
    figures,
    claims: [],
    sources: ids.map((id) => openDataSource(getSource(id))),
  };
}

/** The download's file name: the settings without the name, which is the reader's free text. */
export function proposalFileName(p: Proposal, format: 'csv' | 'json'): string {
  const query = new URLSearchParams(calculatorQuery(p.settings));
  query.delete('name');
  return `proposal_${scenarioTag(query.toString())}.${format}`;
}
