import { Table, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { IndicatorTable } from '@pathways/contracts';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CellText } from './cell-text';
import { useIndicatorText } from './labels';

type Props = {
  table: IndicatorTable;
  caption: string;
  k: number;
  /** Drill-down: rows become buttons that filter to them (never the total). */
  onOpenRow?: ((rowKey: string) => void) | undefined;
};

/** A report table as published: row labels, one column per sex or measure, the total last. */
export const IndicatorTableView = ({ table, caption, k, onOpenRow }: Props) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  return (
    // A wide table scrolls on its own on a phone; axe (scrollable-region-focusable) wants such a
    // region reachable by keyboard, so it can be scrolled without a pointer.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus
    <section aria-label={caption} tabIndex={0} className="indicators-scroll" style={{ overflowX: 'auto' }}>
      <Table
        striped
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        fz="sm"
        miw={Math.max(320, 140 + table.columns.length * 96)}
      >
        <Table.Caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{text.dimensionLabel(table.rowDimension)}</Table.Th>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta="end">
                {text.columnLabel(column.key)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => {
            const label = text.rowLabel(table, row);
            const isTotal = row.key === 'total';
            return (
              <Table.Tr key={row.key} fw={isTotal ? 700 : undefined}>
                <Table.Th scope="row" fw={isTotal ? 700 : 500}>
                  {onOpenRow && !isTotal ? (
                    <UnstyledButton
                      onClick={() => onOpenRow(row.key)}
                      c="indigo.9"
                      fz="sm"
                      td="underline"
                      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
                    >
                      <span dir="auto">{label}</span>
                      <VisuallyHidden>{t('indicators.drill.openRow')}</VisuallyHidden>
                      <IconChevronRight size={14} aria-hidden="true" className="indicators-flip-rtl" />
                    </UnstyledButton>
                  ) : (
                    <span dir="auto">{label}</span>
                  )}
                </Table.Th>
                {table.columns.map((column, i) => (
                  <Table.Td key={column.key} ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    <CellText cell={row.cells[i]} kind={column.kind} k={k} />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
};
