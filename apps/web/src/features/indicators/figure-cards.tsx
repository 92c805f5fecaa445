import type { IndicatorReport, IndicatorTable, TableId } from '@pathways/contracts';
import { sexes } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { BarChartView, type ChartSeries, seriesColours } from './bar-chart-view';
import { chartRowsOf } from './chart-data';
import { FigureCard } from './figure-card';
import { IndicatorTableView } from './indicator-table';
import { useIndicatorText } from './labels';

export const tableOf = (report: IndicatorReport | undefined, id: TableId): IndicatorTable | undefined =>
  report?.tables.find((table) => table.id === id);

const useRows = (table: IndicatorTable | undefined) => {
  const text = useIndicatorText();
  return (table?.rows ?? []).map((row) => ({
    key: row.key,
    label: table ? text.rowLabel(table, row) : row.key,
  }));
};

/** The columns a chart plots: the one sex filtered to, or every sex stacked. */
const sexSeries = (report: IndicatorReport, valueLabel: (d: string, k: string) => string): ChartSeries[] =>
  (report.filters.sex ? [report.filters.sex] : sexes).map((s) => ({
    id: s,
    name: valueLabel('sex', s),
    color: seriesColours[s],
  }));

type DrillProps = { report: IndicatorReport; onOpen?: ((key: string) => void) | undefined };

/** People counselled by country or centre (click to drill down), or by month at the last step. */
export const DrillDownCard = ({ report, onOpen }: DrillProps) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const table = tableOf(report, 'people_counselled');
  const rows = useRows(table);
  if (!table) return null;
  const column = report.filters.sex ?? 'total';
  const title = t('indicators.charts.by', {
    indicator: text.indicatorName('people_counselled'),
    dimension: text.dimensionLabel(table.rowDimension).toLocaleLowerCase(text.lang),
  });
  const { data, hiddenCount } = chartRowsOf(rows, [{ id: column, table, column }]);
  const isMonths = table.rowDimension === 'month';
  return (
    <FigureCard
      title={title}
      indicator="people_counselled"
      hiddenCount={hiddenCount}
      chart={
        <BarChartView
          data={data}
          series={[{ id: column, name: text.columnLabel(column), color: seriesColours.total }]}
          title={title}
          description={onOpen ? t('indicators.drill.chartHint') : t('indicators.charts.seeTable')}
          layout={isMonths ? 'columns' : 'rows'}
          onOpen={onOpen}
        />
      }
      table={<IndicatorTableView table={table} caption={title} k={report.suppression.k} onOpenRow={onOpen} />}
    />
  );
};

/** People counselled and sessions held, month by month (each month's people counted in that month). */
export const MonthCard = ({ report }: { report: IndicatorReport }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const people = tableOf(report, 'people_counselled');
  const sessions = tableOf(report, 'sessions_held');
  const rows = useRows(people);
  if (!people || !sessions) return null;
  const column = report.filters.sex ?? 'total';
  const title = t('indicators.charts.byMonth');
  const { data, hiddenCount } = chartRowsOf(rows, [
    { id: 'people', table: people, column },
    { id: 'sessions', table: sessions, column },
  ]);
  return (
    <FigureCard
      title={title}
      indicator="people_counselled"
      hiddenCount={hiddenCount}
      chart={
        <BarChartView
          data={data}
          series={[
            { id: 'people', name: text.indicatorName('people_counselled'), color: seriesColours.total },
            { id: 'sessions', name: text.indicatorName('sessions_held'), color: seriesColours.sessions },
          ]}
          title={title}
          description={t('indicators.charts.seeTable')}
        />
      }
      table={
        <>
          <IndicatorTableView
            table={people}
            caption={text.tableTitle('people_counselled')}
            k={report.suppression.k}
          />
          <IndicatorTableView
            table={sessions}
            caption={text.tableTitle('sessions_held')}
            k={report.suppression.k}
          />
        </>
      }
    />
  );
};

/** People counselled by age group, the sexes stacked. */
export const AgeSexCard = ({ report }: { report: IndicatorReport }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const table = tableOf(report, 'people_counselled');
  const rows = useRows(table);
  if (!table) return null;
  const title = t('indicators.charts.byAgeAndSex');
  const series = sexSeries(report, text.valueLabel);
  const { data, hiddenCount } = chartRowsOf(
    rows,
    series.map((s) => ({ id: s.id, table, column: s.id })),
  );
  return (
    <FigureCard
      title={title}
      indicator="people_counselled"
      hiddenCount={hiddenCount}
      chart={
        <BarChartView
          data={data}
          series={series}
          title={title}
          description={t('indicators.charts.seeTable')}
          isStacked
        />
      }
      table={<IndicatorTableView table={table} caption={title} k={report.suppression.k} />}
    />
  );
};

/** Referrals made, accepted and completed by offer category: the referral funnel. */
export const ReferralFunnelCard = ({ report }: { report: IndicatorReport }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const table = tableOf(report, 'referrals_by_offer_category');
  const rows = useRows(table);
  if (!table) return null;
  const title = t('indicators.charts.referralFunnel');
  const measures = ['made', 'accepted', 'completed'] as const;
  const { data, hiddenCount } = chartRowsOf(
    rows,
    measures.map((m) => ({ id: m, table, column: m })),
    true,
  );
  return (
    <FigureCard
      title={title}
      indicator="referrals_made"
      hiddenCount={hiddenCount}
      chart={
        data.length ? (
          <BarChartView
            data={data}
            series={measures.map((m) => ({ id: m, name: text.columnLabel(m), color: seriesColours[m] }))}
            title={title}
            description={t('indicators.charts.seeTable')}
            layout="rows"
          />
        ) : (
          <EmptyChart />
        )
      }
      table={<IndicatorTableView table={table} caption={title} k={report.suppression.k} />}
    />
  );
};

/** Outcomes of completed measures, the sexes stacked. */
export const OutcomesCard = ({ report }: { report: IndicatorReport }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const table = tableOf(report, 'outcomes');
  const rows = useRows(table);
  if (!table) return null;
  const title = text.tableTitle('outcomes');
  const series = sexSeries(report, text.valueLabel);
  const { data, hiddenCount } = chartRowsOf(
    rows,
    series.map((s) => ({ id: s.id, table, column: s.id })),
  );
  return (
    <FigureCard
      title={title}
      indicator="outcomes"
      hiddenCount={hiddenCount}
      chart={
        <BarChartView
          data={data}
          series={series}
          title={title}
          description={t('indicators.charts.seeTable')}
          layout="rows"
          isStacked
        />
      }
      table={<IndicatorTableView table={table} caption={title} k={report.suppression.k} />}
    />
  );
};

const EmptyChart = () => {
  const { t } = useTranslation();
  return (
    <p style={{ margin: 0, fontSize: 'var(--mantine-font-size-sm)' }}>{t('indicators.charts.nothing')}</p>
  );
};

/** The other tables of the report, as tables only. */
export const TableCard = ({ report, id }: { report: IndicatorReport; id: TableId }) => {
  const text = useIndicatorText();
  const table = tableOf(report, id);
  if (!table) return null;
  const title = text.tableTitle(id);
  return (
    <FigureCard
      title={title}
      indicator={table.indicator}
      table={<IndicatorTableView table={table} caption={title} k={report.suppression.k} />}
    />
  );
};
