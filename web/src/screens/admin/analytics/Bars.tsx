import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BaseTickContentProps,
} from 'recharts';
import { axisLabels } from './labels';

/** One series of bars: its data key, its legend name and colour, and its stack if stacked. */
export interface BarSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly stack?: string;
}

/** Roughly one character of the 12 px axis font (Chromium's default sans is a wide one). */
const CHAR_PX = 7;
const FONT_SIZE = 12;

/**
 * A Recharts bar chart the width of its card: categories along the bottom, or down the
 * side (`horizontal`) when their names are long (models, people). A category name that does
 * not fit is shortened (`shorten`, then cut with an ellipsis); its full text is the tick's
 * title and the tooltip's heading, and the card's table shows it too.
 */
export function Bars({
  data,
  category,
  series,
  horizontal = false,
  categoryWidth = 150,
  shorten = (value) => value,
  integers = false,
}: {
  data: ReadonlyArray<Record<string, string | number | null | undefined>>;
  /** The data key that names each bar. */
  category: string;
  series: readonly BarSeries[];
  horizontal?: boolean;
  /** The most room the category names may take when `horizontal`, in pixels. */
  categoryWidth?: number;
  /** A category's shorter name for the axis (the full one stays in the title and tooltip). */
  shorten?: (value: string) => string;
  /** Whole numbers only on the value axis (counts). */
  integers?: boolean;
}) {
  const names = data.map((row) => String(row[category] ?? ''));
  const maxChars = Math.floor((horizontal ? categoryWidth - 12 : 150) / CHAR_PX);
  const labels = axisLabels(names, shorten, maxChars);
  const longest = Math.max(0, ...[...labels.values()].map((label) => label.length));
  // Both axes hand a tick the same props; the category's value is the full name.
  const tick = ({ x, y, textAnchor, fill, payload }: BaseTickContentProps) => {
    const full = String(payload.value ?? '');
    return (
      <text
        x={x}
        y={y}
        dy={horizontal ? '0.35em' : '0.71em'}
        textAnchor={textAnchor}
        fill={fill}
        fontSize={FONT_SIZE}
      >
        <title>{full}</title>
        {labels.get(full) ?? full}
      </text>
    );
  };
  const valueAxis = { type: 'number' as const, fontSize: FONT_SIZE, allowDecimals: !integers };
  const categoryAxis = { type: 'category' as const, dataKey: category, tick };
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart
        // The numbers are in the card's table; the drawing stays out of the tab order.
        accessibilityLayer={false}
        data={[...data]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={horizontal ? { left: 8, right: 16 } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={!horizontal} horizontal={horizontal} />
        {horizontal ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
        {horizontal ? (
          <YAxis {...categoryAxis} width={Math.min(categoryWidth, longest * CHAR_PX + 16)} />
        ) : (
          <YAxis {...valueAxis} />
        )}
        <Tooltip />
        {series.length > 1 && <Legend />}
        {series.map((s) => (
          // Drawn at once: an animated bar is still growing when the page is read or pictured.
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stackId={s.stack}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
