/**
 * A dated step chart (values hold until the next event). Drawn on the server by
 * recharts 2 with a fixed size into an SVG string (server-svg.tsx), so the SVG is in
 * the HTML, prints and needs no JavaScript; CSS scales it to the column width.
 */
import { SERIES, type SeriesKey } from './series';
import { recharts, ServerSvg } from './server-svg';

const { CartesianGrid, Line, LineChart, XAxis, YAxis } = recharts;

type Point = { t: number; changed: string[] } & Partial<Record<SeriesKey, number | null>>;

const PAD_MS = 45 * 24 * 3600 * 1000; // room after the last event, so its dot is not on the edge

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month and year in UTC, so that server and browser draw the same label. */
function monthLabel(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function compact(n: number): string {
  return n >= 1000 ? `${n / 1000}k` : String(n);
}

/** Ticks on 1 January and 1 July of each year the data spans. */
function halfYearTicks(points: Point[]): number[] {
  const times = points.map((p) => p.t);
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear();
  const ticks: number[] = [];
  for (let y = first; y <= last + 1; y++) ticks.push(Date.UTC(y, 0, 1), Date.UTC(y, 6, 1));
  return ticks.filter((t) => t >= Math.min(...times) && t <= Math.max(...times) + PAD_MS);
}

export function StepChart({
  points,
  series,
  yLabel,
  width,
  height,
  title,
}: {
  points: Point[];
  series: SeriesKey[];
  yLabel: string;
  width: number;
  height: number;
  title: string;
}) {
  const fontSize = 13;
  const chart = (
    <LineChart
      width={width}
      height={height}
      data={points}
      margin={{ top: 12, right: 24, bottom: 8, left: 8 }}
      title={title}
      role="img"
      aria-label={title}
    >
      <CartesianGrid stroke="#d9d9d9" strokeDasharray="2 4" />
      <XAxis
        dataKey="t"
        type="number"
        scale="time"
        domain={['dataMin', (max: number) => max + PAD_MS]}
        ticks={halfYearTicks(points)}
        tickFormatter={monthLabel}
        tick={{ fontSize, fill: '#333' }}
        stroke="#555"
      />
      <YAxis
        tickFormatter={compact}
        tick={{ fontSize, fill: '#333' }}
        stroke="#555"
        width={48}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize, fill: '#333', dy: 40 }}
      />
      {series.map((key) => (
        <Line
          key={key}
          dataKey={key}
          name={SERIES[key].label}
          type="stepAfter"
          stroke={SERIES[key].color}
          strokeWidth={2.5}
          strokeDasharray={SERIES[key].dash}
          dot={(props: { cx?: number; cy?: number; index?: number }) => {
            const changed = props.index !== undefined && points[props.index]?.changed.includes(key);
            if (!changed || props.cx === undefined || props.cy === undefined) return <g key={`${key}-${props.index}`} />;
            return <circle key={`${key}-${props.index}`} cx={props.cx} cy={props.cy} r={4} fill={SERIES[key].color} />;
          }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  return <ServerSvg chart={chart} />;
}
