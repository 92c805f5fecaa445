import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Task } from '@pathways/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { addDays, todayIso, useDateFormat } from './casework-format';

type Bar = { key: string; label: string; count: number; isOverdue: boolean };

/** Open tasks per day for the coming week, overdue first: plain boxes, read as a list of sentences. */
export const TasksChart = ({ due, overdue }: { due: Task[]; overdue: Task[] }) => {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const { formatWeekday } = useDateFormat();
  const titleId = useId();
  const today = todayIso();
  const days = Array.from({ length: 8 }, (_, index) => addDays(today, index));
  const bars: Bar[] = [
    { key: 'overdue', label: t('casework.caseload.chartOverdue'), count: overdue.length, isOverdue: true },
    ...days.map((day, index) => ({
      key: day,
      label: index === 0 ? t('casework.caseload.chartToday') : formatWeekday(day),
      count: due.filter((task) => task.dueOn === day).length,
      isOverdue: false,
    })),
  ];
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('casework.caseload.chartTitle')}
        </Title>
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {bars.map((bar) => (
            <Group key={bar.key} component="li" gap="sm" wrap="nowrap">
              <Text size="sm" w={96} style={{ flexShrink: 0 }} fw={bar.isOverdue ? 700 : 400}>
                {bar.label}
                <Text span style={visuallyHidden}>
                  {`: ${t('casework.caseload.taskCount', { count: bar.count })}`}
                </Text>
              </Text>
              <Box style={{ flex: 1, minWidth: 0 }} aria-hidden="true">
                <Box
                  h={14}
                  style={{
                    width: `${(bar.count / max) * 100}%`,
                    minWidth: bar.count > 0 ? 4 : 0,
                    borderRadius: 3,
                    background: bar.isOverdue
                      ? 'var(--mantine-color-red-9)'
                      : 'var(--mantine-color-indigo-7)',
                  }}
                />
              </Box>
              <Text size="sm" w={32} ta="end" aria-hidden="true" style={{ flexShrink: 0 }}>
                {formatNumber(bar.count)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
};

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
