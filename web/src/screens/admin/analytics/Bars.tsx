import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One series of bars: its data key, its legend name and colour, and its stack if stacked. */
export interface BarSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly stack?: string;
}

/**
 * A Recharts bar chart the width of its card: categories along the bottom, or down the
 * side (`horizontal`) when their names are long (models, people).
 */
export function Bars({
  data,
  category,
  series,
  horizontal = false,
  categoryWidth = 140,
  integers = false,
}: {
  data: ReadonlyArray<Record<string, string | number | null | undefined>>;
  /** The data key that names each bar. */
  category: string;
  series: readonly BarSeries[];
  horizontal?: boolean;
  /** Room for the category names when `horizontal`. */
  categoryWidth?: number;
  /** Whole numbers only on the value axis (counts). */
  integers?: boolean;
}) {
  const valueAxis = { type: 'number' as const, fontSize: 12, allowDecimals: !integers };
  const categoryAxis = { type: 'category' as const, dataKey: category, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart
        // The numbers are in the card's table; the drawing stays out of the tab order.
        accessibilityLayer={false}
        data={[...data]}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={horizontal ? { left: 16 } : undefined}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={!horizontal} horizontal={horizontal} />
        {horizontal ? <XAxis {...valueAxis} /> : <XAxis {...categoryAxis} />}
        {horizontal ? <YAxis {...categoryAxis} width={categoryWidth} /> : <YAxis {...valueAxis} />}
        <Tooltip />
        {series.length > 1 && <Legend />}
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} stackId={s.stack} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
