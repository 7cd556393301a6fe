/**
 * The printable report of any facility: the answers first, then the charts it has with their
 * data, where the records disagree, what residents have raised, the legal record, its dated
 * events where it has nothing to chart, and its numbered sources with their addresses. One
 * component for every facility: each part shows what the model has, or says what is not known.
 */
import type { SectionProps } from '@/app/_sections/types';

import { FacilityNav } from '../../_components/facility-nav';
import { NumberedSources } from '../../_components/paper';
import { AirAnswerPart, PowerAnswerPart, WaterAnswerPart } from './answers';
import { PowerChart, WaterChart } from './charts';
import { ReportHead } from './head';
import { Disagreements, Events, LegalRecord, Raised } from './records';

export async function ReportPage({ model: report }: SectionProps<'report'>) {
  const o = report.overview;
  const { answers } = report;
  return (
    <article className="report">
      <FacilityNav facility={o.facility} current="report" query={o.scenarioQuery} />
      <ReportHead report={report} />
      <section aria-labelledby="r-answers" className="report-answers">
        <h2 id="r-answers">The answers</h2>
        <p className="report-note">Each figure gives its date and, in brackets, the numbers of its sources.</p>
        <div className="cards">
          <PowerAnswerPart answer={answers.power} report={report} />
          <WaterAnswerPart answer={answers.water} report={report} />
          {answers.air ? <AirAnswerPart answer={answers.air} report={report} /> : null}
        </div>
      </section>
      <Events report={report} />
      <PowerChart report={report} />
      <WaterChart report={report} />
      <Disagreements report={report} />
      <Raised report={report} />
      <LegalRecord report={report} />
      <NumberedSources ids={report.sourceIds} headingId="r-sources" compact />
    </article>
  );
}
