import { Group, Paper, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Always in the DOM so screen readers announce the message when it appears. */
export const FormErrorAlert = ({ message }: { message: string | null }) => (
  <div role="alert">
    {message ? (
      <Paper withBorder p="sm" radius="md" bg="red.0" style={{ borderColor: 'var(--mantine-color-red-3)' }}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconAlertCircle size={20} color="var(--mantine-color-red-9)" aria-hidden="true" />
          <Text size="sm" c="red.9" fw={600}>
            {message}
          </Text>
        </Group>
      </Paper>
    ) : null}
  </div>
);

type DateProps = { value: string; onChange: (value: string) => void; error?: string | undefined };

export const EvaluationDateField = ({ value, onChange, error }: DateProps) => {
  const { t } = useTranslation();
  return (
    <TextInput
      type="date"
      label={t('pathways.form.fields.evaluationDate')}
      description={t('pathways.form.hints.evaluationDate')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error ? t('pathways.form.errors.date') : undefined}
      maw={260}
    />
  );
};
