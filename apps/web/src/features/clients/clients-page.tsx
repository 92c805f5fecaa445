import { Alert, Button, Center, Group, Pagination, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClientSummary } from '@pathways/contracts';
import { IconSearch, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { PAGE_SIZE, useClientList, useClientSearch } from './api';
import { ClientFilters } from './client-filters';
import { ClientsList } from './clients-list';
import type { ClientListSearch } from './list-search';
import { useCentreChoices } from './use-centres';

const matchesFilters = (client: ClientSummary, filters: ClientListSearch) =>
  (!filters.group || client.group === filters.group) &&
  (!filters.sex || client.sex === filters.sex) &&
  (!filters.status || client.status === filters.status) &&
  (!filters.centreId || client.centreId === filters.centreId);

const RegisterButton = ({ variant = 'filled' }: { variant?: 'filled' | 'light' }) => {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to="/clients/new"
      variant={variant}
      leftSection={<IconUserPlus size={16} aria-hidden="true" />}
    >
      {t('clients.register')}
    </Button>
  );
};

const EmptyState = ({ canWrite }: { canWrite: boolean }) => {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="indigo"
      icon={<IconUsersGroup aria-hidden="true" />}
      title={t('clients.emptyTitle')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{canWrite ? t('clients.emptyBody') : t('clients.emptyBodyReadOnly')}</Text>
        {canWrite ? <RegisterButton variant="light" /> : null}
      </Stack>
    </Alert>
  );
};

export const ClientsPage = ({ search }: { search: ClientListSearch }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('clients.write');
  const { choices, centreName } = useCentreChoices();
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query.trim(), 250);
  const isSearching = debouncedQuery.length >= 2;
  const page = search.page ?? 1;
  const { page: _page, ...filters } = search;
  const hasFilters = Object.values(filters).some(Boolean);

  const list = useClientList(filters, page, !isSearching);
  const results = useClientSearch(debouncedQuery);
  const active = isSearching ? results : list;
  // Search results are filtered here: the search endpoint takes only the text.
  const items = isSearching
    ? (results.data ?? []).filter((client) => matchesFilters(client, filters))
    : (list.data?.items ?? []);
  const total = isSearching ? items.length : (list.data?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));

  const setSearch = (next: ClientListSearch) =>
    void navigate({ to: '/clients', search: next, replace: true });

  const isEmptyRegistry = !isSearching && !hasFilters && list.isSuccess && total === 0;

  return (
    <Page title={t('clients.title')} actions={canWrite ? <RegisterButton /> : null}>
      <Stack gap="sm">
        <TextInput
          label={t('clients.search')}
          description={t('clients.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          type="search"
          autoComplete="off"
          dir="auto"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          maw={560}
        />
        <ClientFilters value={search} centres={choices} onChange={setSearch} />
      </Stack>
      <div aria-live="polite" aria-atomic="true">
        {active.isSuccess ? (
          <Text size="sm" c="dimmed">
            {isSearching
              ? t('clients.searchCount', { count: total })
              : t('clients.listCount', { count: total })}
          </Text>
        ) : null}
      </div>
      {active.isPending && active.fetchStatus !== 'idle' ? <LoadingState /> : null}
      {active.isError ? <ErrorState onRetry={() => void active.refetch()} /> : null}
      {active.isSuccess ? (
        isEmptyRegistry ? (
          <EmptyState canWrite={canWrite} />
        ) : items.length === 0 ? (
          <Text>{isSearching ? t('clients.noSearchResults') : t('clients.noFilterResults')}</Text>
        ) : (
          <Stack gap="md">
            <ClientsList
              clients={items}
              caption={
                isSearching
                  ? t('clients.searchCaption')
                  : t('clients.listCaption', { page, pages: pageCount })
              }
              centreName={choices.length > 1 ? centreName : undefined}
            />
            {!isSearching && pageCount > 1 ? (
              <Center>
                <Group>
                  <Pagination
                    total={pageCount}
                    value={page}
                    onChange={(next) => setSearch({ ...search, page: next > 1 ? next : undefined })}
                    getControlProps={(control) => ({
                      'aria-label':
                        control === 'previous'
                          ? t('clients.previousPage')
                          : control === 'next'
                            ? t('clients.nextPage')
                            : undefined,
                    })}
                    getItemProps={(item) => ({ 'aria-label': t('clients.pageN', { page: item }) })}
                  />
                </Group>
              </Center>
            ) : null}
          </Stack>
        )
      ) : null}
    </Page>
  );
};
