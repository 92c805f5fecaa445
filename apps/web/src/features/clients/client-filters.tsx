import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClientOptions } from './client-options';
import type { ClientListSearch } from './list-search';
import type { CentreChoice } from './use-centres';

type Props = {
  value: ClientListSearch;
  centres: CentreChoice[];
  onChange: (next: ClientListSearch) => void;
};

type FilterKey = 'group' | 'sex' | 'status' | 'centreId';

export const ClientFilters = ({ value, centres, onChange }: Props) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  // A filter change starts again from the first page.
  const set = (key: FilterKey, next: string | null) => {
    const { page: _page, ...rest } = value;
    onChange({ ...rest, [key]: next ?? undefined });
  };
  const common = { clearable: true, comboboxProps: { withinPortal: true } };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: centres.length > 1 ? 4 : 3 }} spacing="sm">
      <Select
        {...common}
        label={t('clients.filters.group')}
        placeholder={t('clients.filters.all')}
        data={options.groups}
        value={value.group ?? null}
        onChange={(next) => set('group', next)}
      />
      <Select
        {...common}
        label={t('clients.filters.sex')}
        placeholder={t('clients.filters.all')}
        data={options.sexes}
        value={value.sex ?? null}
        onChange={(next) => set('sex', next)}
      />
      <Select
        {...common}
        label={t('clients.filters.status')}
        placeholder={t('clients.filters.all')}
        data={options.statuses}
        value={value.status ?? null}
        onChange={(next) => set('status', next)}
      />
      {centres.length > 1 ? (
        <Select
          {...common}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          label={t('clients.filters.centre')}
          placeholder={t('clients.filters.allCentres')}
          data={centres.map((centre) => ({ value: centre.id, label: centre.label }))}
          value={value.centreId ?? null}
          onChange={(next) => set('centreId', next)}
        />
      ) : null}
    </SimpleGrid>
  );
};
