/**
 * The calculator's downloads (/calculator/data.csv, data.json): the same parser as its page, a 400 in JSON
 * naming each bad parameter (and when the link has no settings at all), and the file as a facility's is served.
 */
import { getProposal } from '../lib/calculator/model';
import { proposalFileName, proposalOpenData } from '../lib/calculator/open-data';
import { CALCULATOR_PATH, parseCalculatorParams } from '../lib/calculator/route';
import type { DataFormat } from '../lib/pages/site';
import { fileResponse, json } from './open-data-response';

export function calculatorDataResponse(
  params: URLSearchParams,
  format: DataFormat,
  dataUpdated: string,
  ifNoneMatch: string | null = null,
) {
  const path = `${CALCULATOR_PATH}/data.${format}`;
  const result = parseCalculatorParams(params);
  if (result.ok !== true) {
    const errors =
      result.ok === 'empty'
        ? [{ param: 'state', problem: 'is needed, with mw or it: a download is of a proposal', received: null, allowed: 'see /calculator' }]
        : result.errors.map((e) => ({
            param: e.param,
            problem: e.message,
            received: e.received ?? null,
            allowed: e.allowed,
            didYouMean: e.suggestion ?? null,
          }));
    return json(400, {
      error: 'invalid-settings',
      message: 'Some settings in this link are not valid, so no figures are given.',
      path,
      errors,
    });
  }
  const proposal = getProposal(result.settings);
  if (proposal === undefined) return json(404, { error: 'not-found', message: 'No such state.' });
  return fileResponse(proposalOpenData(proposal, dataUpdated), proposalFileName(proposal, format), format, dataUpdated, ifNoneMatch);
}
