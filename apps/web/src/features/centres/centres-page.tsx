import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCountries } from './api';
import { CountryCard } from './country-card';
import { filterCountries, type StatusFilter } from './filter-countries';

const isStatusFilter = (value: string): value is StatusFilter =>
  value === 'all' || value === 'active' || value === 'handed_over';

export const CentresPage = () => {
  const { t } = useTranslation();
  const countries = useCountries();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(
    () => filterCountries(countries.data ?? [], deferredQuery, status),
    [countries.data, deferredQuery, status],
  );
  const centreCount = visible.reduce((sum, country) => sum + country.centres.length, 0);

  return (
    <Page title={t('centres.title')}>
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('centres.search')}
          placeholder={t('centres.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label={t('centres.statusFilter')}
          value={status}
          allowDeselect={false}
          onChange={(value) => {
            if (value && isStatusFilter(value)) setStatus(value);
          }}
          data={[
            { value: 'all', label: t('centres.statusAll') },
            { value: 'active', label: t('status.active') },
            { value: 'handed_over', label: t('status.handed_over') },
          ]}
          style={{ flex: '1 1 200px' }}
        />
      </Group>

      {countries.isPending ? <LoadingState /> : null}
      {countries.isError ? <ErrorState onRetry={() => void countries.refetch()} /> : null}
      {countries.isSuccess ? (
        <Stack gap="md">
          <Text size="sm" role="status" aria-live="polite">
            {t('centres.resultCount', { countries: visible.length, centres: centreCount })}
          </Text>
          {visible.length === 0 ? (
            <Text>{countries.data.length === 0 ? t('centres.empty') : t('centres.noResults')}</Text>
          ) : (
            visible.map((country) => <CountryCard key={country.code} country={country} />)
          )}
        </Stack>
      ) : null}
    </Page>
  );
};
