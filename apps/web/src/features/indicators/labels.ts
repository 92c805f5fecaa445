import type { IndicatorId, IndicatorTable, Locale } from '@pathways/contracts';
import { definitionOf, dimensionLabels, labelOf, tableTitles } from '@pathways/domain/indicators';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';
import { numberFormatsOf } from './cells';

type Row = IndicatorTable['rows'][number];

/**
 * Names, definitions and number formats of the indicators in the UI language. The words come
 * from @pathways/domain (the same the exports write), so screen and file always agree.
 */
export function indicatorTextOf(lang: Locale) {
  const regions = new Intl.DisplayNames([lang], { type: 'region' });
  const months = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const countryName = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const monthName = (yearMonth: string) => {
    const date = new Date(`${yearMonth}-01T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? yearMonth : months.format(date);
  };
  return {
    lang,
    formats: numberFormatsOf(lang),
    countryName,
    monthName,
    rowLabel: (table: Pick<IndicatorTable, 'rowDimension'>, row: Pick<Row, 'key' | 'label'>) => {
      if (row.label) return row.label;
      if (row.key !== 'total' && table.rowDimension === 'country') return countryName(row.key);
      if (row.key !== 'total' && table.rowDimension === 'month') return monthName(row.key);
      return labelOf(table.rowDimension, row.key, lang);
    },
    columnLabel: (key: string) => labelOf('sex', key, lang),
    valueLabel: (dimension: string, key: string) => labelOf(dimension, key, lang),
    dimensionLabel: (dimension: string) => dimensionLabels[dimension]?.[lang] ?? dimension,
    tableTitle: (id: string) => tableTitles[id]?.[lang] ?? id,
    indicatorName: (id: IndicatorId) => definitionOf(id).name[lang],
    indicatorDefinition: (id: IndicatorId) => definitionOf(id).definition[lang],
  };
}

export type IndicatorText = ReturnType<typeof indicatorTextOf>;

export const useIndicatorText = (): IndicatorText => {
  const { i18n } = useTranslation();
  const lang: Locale = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => indicatorTextOf(lang), [lang]);
};
