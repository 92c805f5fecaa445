import type { Cell } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { type CellKind, showCell } from './cells';
import { useIndicatorText } from './labels';

/**
 * One figure. Hidden figures keep the server's text ("<5", "x") in left-to-right isolation, so
 * Arabic text around them does not mirror "<5" into "5>"; their title says why they are hidden.
 */
export const CellText = ({ cell, kind, k }: { cell: Cell | undefined; kind: CellKind; k: number }) => {
  const { t } = useTranslation();
  const { formats } = useIndicatorText();
  const shown = showCell(cell ?? null, kind, formats);
  switch (shown.status) {
    case 'value':
      return <span>{shown.text}</span>;
    case 'small':
      return (
        <abbr className="ltr-text" title={t('indicators.cell.small', { k })}>
          {shown.text}
        </abbr>
      );
    case 'hidden':
      return (
        <abbr
          className="ltr-text"
          title={kind === 'count' ? t('indicators.cell.hidden') : t('indicators.cell.baseTooSmall', { k })}
        >
          {shown.text}
        </abbr>
      );
    case 'none':
      return <abbr title={t('indicators.cell.noBase')}>{shown.text}</abbr>;
  }
};
