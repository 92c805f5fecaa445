import { type IndicatorDimension, IndicatorReport } from '@pathways/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getJson } from '../../app/api-client';
import { type IndicatorSearch, indicatorQueryString } from './indicator-search';

export const indicatorKeys = {
  all: ['indicators'] as const,
  report: (search: IndicatorSearch, breakdown: IndicatorDimension) =>
    ['indicators', 'report', search, breakdown] as const,
};

/** One report: every table for the filters, the counselling tables broken down by `breakdown`. */
export const useIndicatorReport = (search: IndicatorSearch, breakdown: IndicatorDimension, enabled = true) =>
  useQuery({
    queryKey: indicatorKeys.report(search, breakdown),
    queryFn: async ({ signal }) =>
      IndicatorReport.parse(
        await getJson<unknown>(`/api/indicators?${indicatorQueryString(search, breakdown)}`, signal),
      ),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
