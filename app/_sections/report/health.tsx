/**
 * The report's health paragraph, under the air: the health damage and premature deaths a year of the
 * view's tons in round numbers, EPA's decision beside them, and where the working is. Shown only for a
 * site that burns gas.
 */
import { formatDate } from '@/lib/core/format';
import type { ReportAirAnswer } from '@/lib/pages/report-answers';

import { Refs } from '../../_components/paper';
import { Figure } from '../../_components/quantity';

const ROUND = { significantFigures: 2 } as const;

export function ReportHealth({ health, order }: { health: ReportAirAnswer['health']; order: string[] }) {
  if (health === undefined) return null;
  const { href, perKwh } = health;
  const decision = health.epaDecision;
  return (
    <p className="report-health">
      <strong>Health.</strong> About <Figure q={health.damage} range="inline" style={ROUND} /> in health damage and about{' '}
      <Figure q={health.deaths} range="inline" style={ROUND} bare /> premature deaths a year (our inference: dollars ÷ the value of a
      statistical life), if the turbines emit what <q>{health.scenarioLabel}</q> says{' '}
      <Refs q={[health.damage, health.deaths]} order={order} />.
      {perKwh === undefined ? null : (
        <>
          {' '}
          That is about <Figure q={perKwh} range="inline" style={ROUND} /> for each kWh the turbines make <Refs q={perKwh} order={order} />.
        </>
      )}{' '}
      Since {formatDate(decision.date)} EPA no longer puts dollars on fine particles and ozone in its own rules; these are what its
      published values per ton imply <Refs ids={decision.sourceIds} order={order} />. The working, and other tons:{' '}
      <a href={href}>the Concerns page, Health</a>.
    </p>
  );
}
