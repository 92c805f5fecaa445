import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { HeadlineFigure, IndicatorId, IndicatorReport } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { CellText } from './cell-text';
import { cellAt } from './chart-data';
import { DefinitionPopover } from './definition-popover';
import { useIndicatorText } from './labels';

const groups: { key: string; indicators: IndicatorId[] }[] = [
  { key: 'counselling', indicators: ['people_counselled', 'share_women_counselled', 'sessions_held'] },
  {
    key: 'referrals',
    indicators: [
      'referrals_made',
      'referrals_accepted',
      'referrals_completed',
      'acceptance_rate',
      'completion_rate',
      'median_days_to_answer',
      'share_women_referred',
      'share_women_completed',
    ],
  },
  { key: 'results', indicators: ['returnees_reintegration'] },
  { key: 'outreach', indicators: ['event_participants', 'people_reached'] },
];

const FigureTile = ({ figure, k }: { figure: HeadlineFigure; k: number }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const isHidden = typeof figure.value === 'string';
  return (
    <Paper withBorder p="sm" radius="md" className="indicators-card">
      <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="sm" c="dimmed" fw={600}>
          {text.indicatorName(figure.indicator)}
        </Text>
        <DefinitionPopover indicator={figure.indicator} />
      </Group>
      <Text fz={26} fw={700} lh={1.2} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        <CellText cell={figure.value} kind={figure.kind} k={k} />
        {figure.kind === 'median' && typeof figure.value === 'number' ? (
          <Text span fz="sm" fw={500}>
            {` ${t('indicators.headline.daysUnit', { days: figure.value })}`}
          </Text>
        ) : null}
      </Text>
      {figure.kind !== 'count' && (isHidden || figure.value === null) ? (
        <Text size="xs" c="dimmed" mt={4}>
          {figure.value === null ? t('indicators.cell.noBase') : t('indicators.cell.baseTooSmall', { k })}
        </Text>
      ) : null}
      {figure.kind === 'count' && figure.value === null ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('indicators.headline.notByGroup')}
        </Text>
      ) : null}
    </Paper>
  );
};

/** The outcomes of completed measures, by kind: a list rather than one number. */
const OutcomesTile = ({ report }: { report: IndicatorReport }) => {
  const text = useIndicatorText();
  const table = report.tables.find((candidate) => candidate.id === 'outcomes');
  const column = report.filters.sex ?? 'total';
  if (!table) return null;
  return (
    <Paper withBorder p="sm" radius="md" className="indicators-card">
      <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
        <Text size="sm" c="dimmed" fw={600}>
          {text.indicatorName('outcomes')}
        </Text>
        <DefinitionPopover indicator="outcomes" />
      </Group>
      <Stack gap={2} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {table.rows
          .filter((row) => row.key !== 'total')
          .map((row) => (
            <Group key={row.key} component="li" justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{text.rowLabel(table, row)}</Text>
              <Text fw={700} fz="sm">
                <CellText cell={cellAt(table, row.key, column)} kind="count" k={report.suppression.k} />
              </Text>
            </Group>
          ))}
      </Stack>
    </Paper>
  );
};

export const HeadlineFigures = ({ report }: { report: IndicatorReport }) => {
  const { t } = useTranslation();
  const byId = new Map(report.headline.map((figure) => [figure.indicator, figure]));
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <Stack
          key={group.key}
          gap="xs"
          component="section"
          aria-label={t(`indicators.headline.${group.key}`)}
        >
          <Title order={3} size="h5">
            {t(`indicators.headline.${group.key}`)}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {group.indicators.map((id) => {
              // A share of women means nothing once the figures are narrowed to one sex.
              if (report.filters.sex && id.startsWith('share_women')) return null;
              const figure = byId.get(id);
              return figure ? <FigureTile key={id} figure={figure} k={report.suppression.k} /> : null;
            })}
            {group.key === 'results' ? <OutcomesTile report={report} /> : null}
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
};
