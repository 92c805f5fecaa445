import { Checkbox, Fieldset, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { foldedOptionsFilter } from '../../ui/folded-filter';
import { useClientOptions } from './client-options';
import { useCodeList } from './code-lists';
import type { SectionProps } from './form-types';
import { LanguagesFields } from './languages-fields';

export const ContactFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('clients.form.contact')} radius="md">
      <Stack gap="sm">
        <TextInput
          type="tel"
          label={t('clients.form.phone')}
          description={t('clients.form.phoneHint')}
          autoComplete="off"
          dir="ltr"
          value={draft.phone}
          onChange={(event) => update({ phone: event.currentTarget.value })}
          error={errors.phone}
          maw={320}
        />
        <Checkbox
          label={t('clients.form.phoneHasMessenger')}
          checked={draft.phoneHasMessenger}
          onChange={(event) => update({ phoneHasMessenger: event.currentTarget.checked })}
        />
        <TextInput
          label={t('clients.form.region')}
          autoComplete="off"
          value={draft.region}
          onChange={(event) => update({ region: event.currentTarget.value })}
          error={errors.region}
          maw={420}
        />
      </Stack>
    </Fieldset>
  );
};

export const ProfileFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  const occupations = useCodeList('isco_08');
  const occupationOptions = useMemo(() => {
    const list = occupations.options.map((option) => ({
      value: option.value,
      label: t('clients.occupationOption', { code: option.value, name: option.label }),
    }));
    // A code saved before the list changed still shows.
    const current = draft.occupationIsco;
    return current && !list.some((option) => option.value === current)
      ? [{ value: current, label: current }, ...list]
      : list;
  }, [occupations.options, draft.occupationIsco, t]);
  return (
    <Fieldset legend={t('clients.form.profile')} radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('clients.form.nationality')}
            withAsterisk
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            filter={foldedOptionsFilter}
            data={options.countries}
            value={draft.nationality}
            onChange={(nationality) => update({ nationality })}
            error={errors.nationality}
          />
          <Select
            label={t('clients.form.education')}
            description={t('clients.form.educationHint')}
            clearable
            placeholder={t('clients.form.notRecorded')}
            data={options.isced}
            value={draft.educationIsced}
            onChange={(educationIsced) => update({ educationIsced })}
            error={errors.educationIsced}
          />
          <Select
            label={t('clients.form.occupation')}
            description={t('clients.form.occupationHint')}
            clearable
            searchable
            placeholder={t('clients.form.notRecorded')}
            nothingFoundMessage={t('common.nothingFound')}
            filter={foldedOptionsFilter}
            data={occupationOptions}
            value={draft.occupationIsco || null}
            onChange={(occupationIsco) => update({ occupationIsco: occupationIsco ?? '' })}
            error={errors.occupationIsco}
          />
          <NumberInput
            label={t('clients.form.workExperience')}
            min={0}
            max={80}
            step={0.5}
            decimalScale={1}
            allowNegative={false}
            value={draft.workExperienceYears}
            onChange={(workExperienceYears) => update({ workExperienceYears })}
            error={errors.workExperienceYears}
          />
        </SimpleGrid>
        <LanguagesFields draft={draft} update={update} errors={errors} />
      </Stack>
    </Fieldset>
  );
};
