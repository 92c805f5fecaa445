import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { createLanguageDraft } from './client-draft';
import { useClientOptions, useCodeNames } from './client-options';
import type { SectionProps } from './form-types';

export const LanguagesFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const options = useClientOptions();
  const { languageName } = useCodeNames();
  const rows = draft.languages;
  const setRow = (index: number, patch: { code?: string | null; level?: string | null }) =>
    update({ languages: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <Stack gap="xs" role="group" aria-labelledby="client-languages-label">
      <Text fw={500} size="sm" id="client-languages-label">
        {t('clients.form.languages')}
      </Text>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('clients.form.noLanguages')}
        </Text>
      ) : null}
      {errors.languages ? (
        <Text size="sm" c="red.9">
          {errors.languages}
        </Text>
      ) : null}
      {rows.map((row, index) => {
        // A code saved earlier that is not in the short list still shows by name.
        const languageOptions =
          row.code && !options.languages.some((option) => option.value === row.code)
            ? [{ value: row.code, label: languageName(row.code) }, ...options.languages]
            : options.languages;
        return (
          <Group key={row.key} gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('clients.form.languageN', { index: index + 1 })}
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={languageOptions}
              value={row.code}
              onChange={(code) => setRow(index, { code })}
              error={errors[`languages.${index}.code`]}
              style={{ flex: '1 1 12rem' }}
            />
            <Select
              label={t('clients.form.languageLevelN', { index: index + 1 })}
              data={options.languageLevels}
              value={row.level}
              onChange={(level) => setRow(index, { level })}
              error={errors[`languages.${index}.level`]}
              style={{ flex: '0 1 9rem' }}
            />
            <Button
              variant="default"
              c="red.9"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              onClick={() => update({ languages: rows.filter((_, i) => i !== index) })}
            >
              {t('clients.form.removeLanguage', { index: index + 1 })}
            </Button>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden="true" />}
          onClick={() => update({ languages: [...rows, createLanguageDraft()] })}
          disabled={rows.length >= 20}
        >
          {t('clients.form.addLanguage')}
        </Button>
      </Group>
    </Stack>
  );
};
