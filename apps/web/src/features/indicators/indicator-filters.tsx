import { Group, NativeSelect, Paper, Stack } from '@mantine/core';
import { clientGroups, sexes } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { type IndicatorSearch, withCentre, withCountry } from './indicator-search';
import { useIndicatorText } from './labels';
import { type PeriodPick, pickOfSearch, searchOfPick } from './period-pick';
import { PeriodPicker } from './period-picker';
import type { Reach } from './reach';

type Props = {
  search: IndicatorSearch;
  reach: Reach;
  today: Date;
  onChange: (search: IndicatorSearch) => void;
};

/** Period, country, centre, client group and sex; each change applies at once (and goes in the URL). */
export const IndicatorFilters = ({ search, reach, today, onChange }: Props) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const allowRange = !reach.isGlobal;
  const pick = pickOfSearch(search, today, allowRange);
  const setPick = (next: PeriodPick) => {
    const { period: _, from: __, to: ___, ...rest } = search;
    onChange({ ...rest, ...searchOfPick(next, today) });
  };
  const country = reach.countries.find((c) => c.code === search.country);
  const centres = country
    ? country.centres
    : reach.countries.length === 1
      ? (reach.countries[0]?.centres ?? [])
      : [];
  const any = { value: '', label: t('indicators.filters.any') };

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      className="indicators-no-print"
      component="section"
      aria-label={t('indicators.filters.title')}
    >
      <Stack gap="sm">
        <PeriodPicker value={pick} onChange={setPick} allowRange={allowRange} today={today} />
        <Group gap="sm" align="flex-end" wrap="wrap">
          {reach.countries.length > 1 ? (
            <NativeSelect
              label={t('indicators.filters.country')}
              value={search.country ?? ''}
              onChange={(event) => onChange(withCountry(search, event.currentTarget.value || undefined))}
              data={[
                { value: '', label: t('indicators.filters.allCountries') },
                ...reach.countries
                  .map((c) => ({ value: c.code, label: text.countryName(c.code) }))
                  .sort((a, b) => a.label.localeCompare(b.label, text.lang)),
              ]}
            />
          ) : null}
          {centres.length > 1 ? (
            <NativeSelect
              label={t('indicators.filters.centre')}
              value={search.centre ?? ''}
              maw={320}
              onChange={(event) => {
                const centre = centres.find((c) => c.id === event.currentTarget.value);
                onChange(withCentre(search, centre?.id, centre?.countryCode));
              }}
              data={[
                { value: '', label: t('indicators.filters.allCentres') },
                ...centres.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          ) : null}
          <NativeSelect
            label={t('indicators.filters.clientGroup')}
            value={search.clientGroup ?? ''}
            onChange={(event) => {
              const { clientGroup: _, ...rest } = search;
              const group = clientGroups.find((g) => g === event.currentTarget.value);
              onChange(group ? { ...rest, clientGroup: group } : rest);
            }}
            data={[
              any,
              ...clientGroups.map((g) => ({ value: g, label: text.valueLabel('client_group', g) })),
            ]}
          />
          <NativeSelect
            label={t('indicators.filters.sex')}
            value={search.sex ?? ''}
            onChange={(event) => {
              const { sex: _, ...rest } = search;
              const sex = sexes.find((s) => s === event.currentTarget.value);
              onChange(sex ? { ...rest, sex } : rest);
            }}
            data={[any, ...sexes.map((s) => ({ value: s, label: text.valueLabel('sex', s) }))]}
          />
        </Group>
      </Stack>
    </Paper>
  );
};
