import { Select, SimpleGrid } from '@mantine/core';
import { offerCategories } from '@pathways/contracts';
import { IconWorld } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isProgrammeCountry, programmeCountryOptions } from './directory-countries';
import type { DirectorySearch } from './list-search';
import { SearchField } from './search-field';

type Props = { value: DirectorySearch; onChange: (next: DirectorySearch) => void };

/** Country, words and category; every change goes to the URL (and back to page 1). */
export const DirectoryFilters = ({ value, onChange }: Props) => {
  const { t, i18n } = useTranslation();
  const countries = useMemo(() => programmeCountryOptions(i18n.language), [i18n.language]);
  const categories = useMemo(
    () =>
      offerCategories
        .map((category) => ({ value: category, label: t(`offers.category.${category}`) }))
        .sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [t, i18n.language],
  );
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 3 }}
      spacing="sm"
      role="search"
      aria-label={t('offers.directory.filters')}
    >
      <Select
        label={t('offers.directory.country')}
        placeholder={t('offers.directory.chooseCountry')}
        leftSection={<IconWorld size={16} aria-hidden="true" />}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        data={countries}
        value={value.country ?? null}
        allowDeselect={false}
        onChange={(country) => {
          if (isProgrammeCountry(country)) onChange({ ...value, country, page: undefined });
        }}
      />
      <SearchField
        label={t('offers.directory.search')}
        placeholder={t('offers.directory.searchPlaceholder')}
        value={value.q}
        onSearch={(q) => onChange({ ...value, q, page: undefined })}
      />
      <Select
        label={t('offers.directory.category')}
        placeholder={t('offers.directory.allCategories')}
        clearable
        data={categories}
        value={value.category ?? null}
        onChange={(category) =>
          onChange({
            ...value,
            category: offerCategories.find((candidate) => candidate === category),
            page: undefined,
          })
        }
      />
    </SimpleGrid>
  );
};
