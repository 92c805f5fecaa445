import { Box, Table, Text } from '@mantine/core';
import type { PathwayEvaluation } from '@pathways/domain';
import { useTranslation } from 'react-i18next';
import { useResultText } from './result-text';

type Points = NonNullable<PathwayEvaluation['routes'][number]['points']>;

const Bar = ({ value, max, color }: { value: number; max: number; color: string }) => (
  <Box
    aria-hidden="true"
    h={10}
    w={`${Math.min(100, (value / Math.max(max, 1)) * 100)}%`}
    miw={value > 0 ? 6 : 0}
    bg={color}
    style={{ borderRadius: 4 }}
  />
);

/** Criterion → points as a table whose cells carry small bars; the numbers are the content. */
export const PointsTable = ({ points }: { points: Points }) => {
  const { t } = useTranslation();
  const { criterionLabel } = useResultText();
  const scale = Math.max(points.required, points.total, ...points.breakdown.map((row) => row.points));
  const isEnough = points.total >= points.required;
  return (
    <Box>
      <Table
        withTableBorder
        verticalSpacing={6}
        horizontalSpacing="xs"
        fz="sm"
        captionSide="top"
        layout="fixed"
      >
        <Table.Caption style={{ textAlign: 'start', fontWeight: 700, color: 'inherit' }}>
          {t('pathways.points.caption', { total: points.total, required: points.required })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="55%">{t('pathways.points.criterion')}</Table.Th>
            <Table.Th>{t('pathways.points.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.breakdown.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={2}>{t('pathways.points.none')}</Table.Td>
            </Table.Tr>
          ) : (
            points.breakdown.map((row) => (
              <Table.Tr key={row.criterion}>
                <Table.Th scope="row" fw={400} style={{ overflowWrap: 'anywhere' }}>
                  {criterionLabel(row.criterion)}
                </Table.Th>
                <Table.Td>
                  <Text span fw={700} me={6}>
                    {row.points}
                  </Text>
                  <Bar value={row.points} max={scale} color="indigo.6" />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('pathways.points.total')}</Table.Th>
            <Table.Td>
              <Text span fw={700}>
                {t('pathways.points.totalOf', { total: points.total, required: points.required })}
              </Text>
              <Bar value={points.total} max={scale} color={isEnough ? 'teal.7' : 'orange.7'} />
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {points.potentialTotal > points.total ? (
        <Text size="sm" mt={4}>
          {t('pathways.points.potential', { potentialTotal: points.potentialTotal })}
        </Text>
      ) : null}
    </Box>
  );
};
