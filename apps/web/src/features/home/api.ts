import { Summary } from '@pathways/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../app/api-client';

export const summaryKeys = { all: ['summary'] as const };

export const summaryQueryOptions = queryOptions({
  queryKey: summaryKeys.all,
  queryFn: async ({ signal }) => Summary.parse(await getJson<unknown>('/api/summary', signal)),
});

export const useSummary = () => useQuery(summaryQueryOptions);
