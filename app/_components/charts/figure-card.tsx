/**
 * A headline figure as a card of its own, drawn as SVG like a chart (for its files and embed
 * page): its title band, the answer in large type, a line or two of context, and the chart's
 * attribution band (sources, dates, the site's address), so that a crop of it keeps them.
 */
import { chartAttribution, type ChartFigures } from '@/lib/charts/attribution';
import { wrapText } from '@/lib/charts/text';

import { Bands, chartBands } from './chart-bands';

export type FigureCardProps = {
  /** The title drawn at the top. */
  heading: string;
  /** What the card says, in a full sentence for a screen reader. */
  title: string;
  /** The answer, in large type. */
  main: string;
  /** Its context, a line each (wrapped where needed). */
  sub: string[];
  figures: ChartFigures;
};

const INSET = 8;
const FONT_SIZE = 13;

export function FigureCard({ card, width }: { card: FigureCardProps; width: number }) {
  const bands = chartBands(card.heading, chartAttribution(card.figures), width, FONT_SIZE);
  const mainSize = width < 500 ? 22 : 28;
  const subSize = 15;
  const main = wrapText(card.main, width - 2 * INSET, mainSize, { bold: true });
  const sub = card.sub.flatMap((s) => wrapText(s, width - 2 * INSET, subSize));
  const mainTop = bands.header.height + 6;
  const subTop = mainTop + main.length * mainSize * 1.25 + 6;
  const height = Math.ceil(subTop + sub.length * subSize * 1.4 + 12 + bands.footer.height);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={card.title}>
      <title>{card.title}</title>
      {main.map((line, i) => (
        <text
          key={`m${i}`}
          className="card-main"
          x={INSET}
          y={mainTop + (i + 1) * mainSize * 1.25 - mainSize * 0.25}
          fontSize={mainSize}
          fontWeight={700}
          fill="#0b4f8a"
        >
          {line}
        </text>
      ))}
      {sub.map((line, i) => (
        <text
          key={`s${i}`}
          className="card-sub"
          x={INSET}
          y={subTop + (i + 1) * subSize * 1.4 - subSize * 0.4}
          fontSize={subSize}
          fill="#1a1a1a"
        >
          {line}
        </text>
      ))}
      <Bands bands={bands} height={height} />
    </svg>
  );
}
