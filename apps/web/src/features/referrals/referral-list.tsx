import { Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '../../ui/query-state';

type Props<T> = {
  list: UseQueryResult<{ items: T[] }>;
  empty: string;
  renderItem: (item: T) => ReactNode;
};

/** A page of referrals as a list: loading, failure with retry, an empty state, or the rows. */
export const ReferralList = <T,>({ list, empty, renderItem }: Props<T>) => (
  <>
    {list.isPending ? <LoadingState /> : null}
    {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
    {list.isSuccess && list.data.items.length === 0 ? <Text size="sm">{empty}</Text> : null}
    {list.data && list.data.items.length > 0 ? (
      <Stack
        gap="xs"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        aria-busy={list.isFetching}
      >
        {list.data.items.map(renderItem)}
      </Stack>
    ) : null}
  </>
);
