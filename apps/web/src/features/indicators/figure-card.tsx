import { Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { IndicatorId } from '@pathways/contracts';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DefinitionPopover } from './definition-popover';

type Props = {
  title: string;
  indicator: IndicatorId;
  /** Absent: the card shows its table only. */
  chart?: ReactNode;
  table: ReactNode;
  /** Hidden cells a chart leaves out; the chart says so and points to the table. */
  hiddenCount?: number;
  children?: ReactNode;
};

/**
 * A chart with its table as the accessible alternative: "Chart | Table" switches between them;
 * the table holds every published figure, hidden ones included.
 */
export const FigureCard = ({ title, indicator, chart, table, hiddenCount = 0, children }: Props) => {
  const { t } = useTranslation();
  const titleId = useId();
  const [view, setView] = useState<'chart' | 'table'>(chart ? 'chart' : 'table');
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={titleId}
      className="indicators-card"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="xs" wrap="wrap">
          <Group gap={4} wrap="nowrap" align="center">
            <Title order={3} size="h5" id={titleId}>
              {title}
            </Title>
            <DefinitionPopover indicator={indicator} />
          </Group>
          {chart ? (
            <SegmentedControl
              size="xs"
              className="indicators-no-print"
              aria-label={t('indicators.view.label', { title })}
              value={view}
              onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
              data={[
                { value: 'chart', label: t('indicators.view.chart') },
                { value: 'table', label: t('indicators.view.table') },
              ]}
            />
          ) : null}
        </Group>
        {chart && view === 'chart' ? (
          <>
            {chart}
            {hiddenCount > 0 ? (
              <Text size="xs" c="dimmed">
                {t('indicators.view.hiddenInChart', { count: hiddenCount })}
              </Text>
            ) : null}
          </>
        ) : (
          table
        )}
        {children}
      </Stack>
    </Paper>
  );
};
