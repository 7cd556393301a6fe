/**
 * The report's health sentence, under the air: the health damage and premature deaths a year of the
 * view's tons in round numbers, EPA's decision beside them, and where the working is (the Concerns
 * page, with the damage per kWh and the other tons). Shown only for a site that burns gas.
 */
import { formatDate } from '@/lib/core/format';
import type { ReportAirAnswer } from '@/lib/pages/report-answers';

import { Refs } from '../../_components/paper';
import { Figure } from '../../_components/quantity';

const ROUND = { significantFigures: 2 } as const;

export function ReportHealth({ health, order }: { health: ReportAirAnswer['health']; order: string[] }) {
  if (health === undefined) return null;
  return (
    <p className="report-health">
      <strong>Health.</strong> About <Figure q={health.damage} range="inline" style={ROUND} /> in health damage and{' '}
      <Figure q={health.deaths} range="inline" style={ROUND} bare /> premature deaths a year (our inference) if the turbines emit what{' '}
      <q>{health.scenarioLabel}</q> says <Refs q={[health.damage, health.deaths]} order={order} />; EPA stopped using such dollars in its
      rules on {formatDate(health.epaDecision.date)} <Refs ids={health.epaDecision.sourceIds} order={order} />.{' '}
      <a href={health.href}>The working</a>.
    </p>
  );
}
