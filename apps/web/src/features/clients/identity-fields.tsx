import { Fieldset, Radio, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { dobPrecisions } from '@pathways/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NameDraft } from './client-draft';
import { useClientOptions } from './client-options';
import type { SectionProps } from './form-types';

type NameFieldsProps = {
  legend: string;
  description?: string | undefined;
  prefix: 'name' | 'nameOriginal';
  value: NameDraft;
  onChange: (value: NameDraft) => void;
  errors: SectionProps['errors'];
  isOriginalScript?: boolean;
};

const NameFields = ({
  legend,
  description,
  prefix,
  value,
  onChange,
  errors,
  isOriginalScript,
}: NameFieldsProps) => {
  const { t } = useTranslation();
  const parts = ['given', 'middle', 'family'] as const;
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Stack gap={6}>
        {description ? (
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          {parts.map((part) => (
            <TextInput
              key={part}
              label={t(`clients.form.${part}Name`)}
              autoComplete="off"
              dir={isOriginalScript ? 'auto' : undefined}
              data-autofocus={prefix === 'name' && part === 'given' ? true : undefined}
              value={value[part]}
              onChange={(event) => onChange({ ...value, [part]: event.currentTarget.value })}
              error={errors[`${prefix}.${part}`]}
            />
          ))}
        </SimpleGrid>
        {errors[prefix] ? (
          <Text size="sm" c="red.9" role="alert">
            {errors[prefix]}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
};

const DateOfBirthFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  const isExact = draft.dobPrecision === 'exact';
  const changePrecision = (value: string) => {
    const precision = dobPrecisions.find((candidate) => candidate === value);
    if (!precision) return;
    // Going to "year only" keeps the year; going to an exact date needs the whole date again.
    const dobValue =
      precision === 'exact'
        ? draft.dobValue.length === 10
          ? draft.dobValue
          : ''
        : draft.dobValue.slice(0, 4);
    update({ dobPrecision: precision, dobValue });
  };
  return (
    <Fieldset legend={t('clients.form.dateOfBirth')} variant="unstyled">
      <Stack gap="xs">
        <Radio.Group
          value={draft.dobPrecision}
          onChange={changePrecision}
          label={t('clients.form.dobPrecision')}
        >
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing={6} mt={4}>
            {options.dobPrecisions.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        {isExact ? (
          <TextInput
            type="date"
            label={t('clients.form.dobExact')}
            value={draft.dobValue}
            onChange={(event) => update({ dobValue: event.currentTarget.value })}
            error={errors['dateOfBirth.value'] ?? errors.dateOfBirth}
            maw={220}
          />
        ) : (
          <TextInput
            label={
              draft.dobPrecision === 'year' ? t('clients.form.dobYear') : t('clients.form.dobEstimatedYear')
            }
            description={t('clients.form.dobYearHint')}
            inputMode="numeric"
            maxLength={4}
            dir="ltr"
            value={draft.dobValue}
            onChange={(event) => update({ dobValue: event.currentTarget.value.replace(/\D/g, '') })}
            error={errors['dateOfBirth.value'] ?? errors.dateOfBirth}
            maw={220}
          />
        )}
      </Stack>
    </Fieldset>
  );
};

type IdentityProps = SectionProps & { centrePicker?: ReactNode };

export const IdentityFields = ({ draft, update, errors, centrePicker }: IdentityProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  return (
    <Fieldset legend={t('clients.form.identity')} radius="md">
      <Stack gap="md">
        {centrePicker}
        <NameFields
          legend={t('clients.form.nameLatin')}
          description={t('clients.form.nameLatinHint')}
          prefix="name"
          value={draft.name}
          onChange={(name) => update({ name })}
          errors={errors}
        />
        <NameFields
          legend={t('clients.form.nameOriginal')}
          description={t('clients.form.nameOriginalHint')}
          prefix="nameOriginal"
          value={draft.nameOriginal}
          onChange={(nameOriginal) => update({ nameOriginal })}
          errors={errors}
          isOriginalScript
        />
        <TagsInput
          label={t('clients.form.aliases')}
          description={t('clients.form.aliasesHint')}
          value={draft.aliases}
          onChange={(aliases) => update({ aliases })}
          maxTags={10}
          error={errors.aliases ?? Object.entries(errors).find(([key]) => key.startsWith('aliases.'))?.[1]}
          dir="auto"
        />
        <Radio.Group
          label={t('clients.form.sex')}
          withAsterisk
          value={draft.sex}
          onChange={(sex) => update({ sex })}
          error={errors.sex}
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={6} mt={4}>
            {options.sexes.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </SimpleGrid>
        </Radio.Group>
        <DateOfBirthFields draft={draft} update={update} errors={errors} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('clients.form.idDocumentType')}
            placeholder={t('clients.form.none')}
            clearable
            data={options.idDocumentTypes}
            value={draft.idDocumentType}
            onChange={(idDocumentType) => update({ idDocumentType })}
            error={errors['idDocument.type']}
          />
          <TextInput
            label={t('clients.form.idDocumentNumber')}
            autoComplete="off"
            dir="ltr"
            value={draft.idDocumentNumber}
            onChange={(event) => update({ idDocumentNumber: event.currentTarget.value })}
            error={errors['idDocument.number'] ?? errors.idDocument}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
};
