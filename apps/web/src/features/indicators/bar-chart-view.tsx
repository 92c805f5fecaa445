import { useDirection } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartDatum } from './chart-data';
import { useIndicatorText } from './labels';

export type ChartSeries = { id: string; name: string; color: string };

type Props = {
  data: ChartDatum[];
  series: ChartSeries[];
  /** The chart's accessible name and description (its table is the accessible alternative). */
  title: string;
  description: string;
  isStacked?: boolean;
  /** Bars along the category axis (months, age groups), or long names down the side. */
  layout?: 'columns' | 'rows';
  valueKind?: 'count' | 'rate';
  onOpen?: ((key: string) => void) | undefined;
};

const LABEL_WIDTH = 150;

/**
 * A bar chart drawn by Recharts, in the theme's colours. Right to left, the value axis runs the
 * other way and sits on the right. Hidden cells are gaps; the chart never invents a value.
 */
export const BarChartView = ({
  data,
  series,
  title,
  description,
  isStacked = false,
  layout = 'columns',
  valueKind = 'count',
  onOpen,
}: Props) => {
  const { dir } = useDirection();
  const { formats } = useIndicatorText();
  const isRtl = dir === 'rtl';
  const format = (value: unknown) =>
    typeof value === 'number' ? formats[valueKind](value) : String(value ?? '');
  const isRows = layout === 'rows';
  const height = isRows ? Math.max(160, 56 + data.length * (isStacked ? 32 : 22 * series.length + 12)) : 280;
  const cursor = onOpen ? 'pointer' : undefined;
  return (
    <BarChart
      data={data}
      layout={isRows ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 12, bottom: 8, left: 12 }}
      role="img"
      title={title}
      desc={description}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" vertical={isRows} horizontal={!isRows} />
      {isRows ? (
        <>
          <XAxis type="number" reversed={isRtl} allowDecimals={false} tickFormatter={format} />
          <YAxis
            type="category"
            dataKey="label"
            width={LABEL_WIDTH}
            orientation={isRtl ? 'right' : 'left'}
            tick={{ fontSize: 12 }}
            interval={0}
          />
        </>
      ) : (
        <>
          <XAxis dataKey="label" reversed={isRtl} tick={{ fontSize: 12 }} />
          <YAxis
            allowDecimals={false}
            orientation={isRtl ? 'right' : 'left'}
            tickFormatter={format}
            width={48}
          />
        </>
      )}
      <Tooltip formatter={format} cursor={{ fill: 'var(--mantine-color-gray-1)' }} />
      {series.length > 1 ? <Legend /> : null}
      {series.map((s) => (
        <Bar
          key={s.id}
          dataKey={s.id}
          name={s.name}
          fill={s.color}
          stackId={isStacked ? 'stack' : undefined}
          isAnimationActive={false}
          cursor={cursor}
          onClick={
            onOpen
              ? (entry: { payload?: ChartDatum }) => entry.payload && onOpen(entry.payload.key)
              : undefined
          }
        />
      ))}
    </BarChart>
  );
};

/** Colours with enough contrast against white, one per sex or measure, always beside a legend. */
export const seriesColours = {
  female: 'var(--mantine-color-grape-7)',
  male: 'var(--mantine-color-indigo-7)',
  other: 'var(--mantine-color-teal-8)',
  unknown: 'var(--mantine-color-gray-6)',
  total: 'var(--mantine-color-indigo-7)',
  made: 'var(--mantine-color-indigo-4)',
  accepted: 'var(--mantine-color-indigo-6)',
  completed: 'var(--mantine-color-indigo-9)',
  sessions: 'var(--mantine-color-cyan-8)',
} as const;
