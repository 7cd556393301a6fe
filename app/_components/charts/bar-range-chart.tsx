/**
 * Horizontal bars with a whisker from low to high: several estimates of one thing, or
 * one thing against several references. Each bar's name and figure are written above
 * it, so the chart reads on a phone, in print and without a tooltip; it is drawn on the
 * server into an SVG string (server-svg.tsx), like every chart here.
 */
import { recharts, ServerSvg } from './server-svg';

const { Bar, BarChart, CartesianGrid, Cell, ErrorBar, LabelList, XAxis, YAxis } = recharts;

export type BarRow = {
  label: string;
  value: number;
  low: number;
  high: number;
  /** The figure as text, written with the label. */
  text: string;
  tone: 'facility' | 'reference' | 'estimate' | 'claim';
};

const TONES: Record<BarRow['tone'], string> = {
  facility: '#0b4f8a',
  reference: '#6b6b6b',
  estimate: '#a3261b',
  claim: '#9a4f00',
};

const ROW_HEIGHT = 48;
const ROW_HEIGHT_TWO_LINES = 64;

function compact(n: number): string {
  if (n >= 1e9) return `${n / 1e9}bn`;
  if (n >= 1e6) return `${n / 1e6}m`;
  if (n >= 1e3) return `${n / 1e3}k`;
  return String(n);
}

export function BarRangeChart({ rows, width, title }: { rows: BarRow[]; width: number; title: string }) {
  // On a phone the name and the figure go on two lines, so neither is cut off.
  const twoLines = width < 500;
  const data = rows.map((r) => ({
    ...r,
    err: [r.value - r.low, r.high - r.value],
    caption: twoLines ? `${r.label}\n${r.text}` : `${r.label}: ${r.text}`,
  }));
  const fontSize = twoLines ? 13 : 12;
  const margin = { top: twoLines ? 18 : 6, right: 16, bottom: 4, left: 8 };
  const chart = (
    <BarChart
      width={width}
      height={30 + rows.length * (twoLines ? ROW_HEIGHT_TWO_LINES : ROW_HEIGHT)}
      data={data}
      layout="vertical"
      margin={margin}
      barCategoryGap={0}
      role="img"
      aria-label={title}
      title={title}
    >
      <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" horizontal={false} />
      <XAxis type="number" domain={[0, 'auto']} tickFormatter={compact} tick={{ fontSize, fill: '#333' }} stroke="#555" />
      <YAxis type="category" dataKey="label" hide />
      <Bar dataKey="value" isAnimationActive={false} barSize={16}>
        {data.map((r) => (
          <Cell key={r.label} fill={TONES[r.tone]} />
        ))}
        <ErrorBar dataKey="err" direction="x" width={8} stroke="#1a1a1a" strokeWidth={1.5} />
        <LabelList
          dataKey="caption"
          content={(props) => {
            const { x, y, value } = props as { x?: number | string; y?: number | string; value?: string | number };
            if (x === undefined || y === undefined) return null;
            const lines = String(value).split('\n');
            const top = Number(y) - 5 - (lines.length - 1) * fontSize * 1.2;
            return (
              <text x={Number(x)} y={top} fontSize={fontSize} fill="#1a1a1a">
                {lines.map((line, i) => (
                  <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : fontSize * 1.2}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
  return <ServerSvg chart={chart} />;
}
