import { Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  givenBy: 'client' | 'guardian';
  guardianName: string;
  isMinor: boolean;
  onChange: (next: { givenBy: 'client' | 'guardian'; guardianName: string }) => void;
  error?: string | undefined;
  givenByError?: string | undefined;
};

/** Who gave the consent: the person, or (for a minor) a named guardian. */
export const GuardianFields = ({ givenBy, guardianName, isMinor, onChange, error, givenByError }: Props) => {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('clients.form.consentGivenBy')}
        value={givenBy}
        error={givenByError}
        onChange={(value) =>
          onChange({ givenBy: value === 'guardian' ? 'guardian' : 'client', guardianName })
        }
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={4}>
          <Radio value="client" label={t('clients.form.givenByClient')} />
          <Radio value="guardian" label={t('clients.form.givenByGuardian')} />
        </SimpleGrid>
      </Radio.Group>
      {isMinor && givenBy === 'client' ? (
        <Text size="sm" c="red.9">
          {t('clients.form.minorHint')}
        </Text>
      ) : null}
      {givenBy === 'guardian' ? (
        <TextInput
          label={t('clients.form.guardianName')}
          withAsterisk
          autoComplete="off"
          dir="auto"
          value={guardianName}
          onChange={(event) => onChange({ givenBy, guardianName: event.currentTarget.value })}
          error={error}
          maw={420}
        />
      ) : null}
    </Stack>
  );
};
