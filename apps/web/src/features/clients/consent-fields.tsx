import { Checkbox, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isDraftMinor } from './client-draft';
import { useConsentLanguageOptions } from './consent-language';
import type { SectionProps } from './form-types';
import { GuardianFields } from './guardian-fields';

export const ConsentFields = ({ draft, update, errors }: SectionProps) => {
  const { t } = useTranslation();
  const languageOptions = useConsentLanguageOptions();
  const followUpIndex = draft.counsellingConsent ? 1 : 0;
  return (
    <Fieldset legend={t('clients.form.consent')} radius="md">
      <Stack gap="sm">
        <Text size="sm">{t('clients.form.consentIntro')}</Text>
        <Checkbox
          label={t('clients.form.counsellingConsent')}
          description={t('clients.form.counsellingConsentHint')}
          checked={draft.counsellingConsent}
          onChange={(event) => update({ counsellingConsent: event.currentTarget.checked })}
          error={errors.consents}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('clients.form.consentTextVersion')}
            description={t('clients.form.consentTextVersionHint')}
            dir="ltr"
            withAsterisk
            value={draft.consentTextVersion}
            onChange={(event) => update({ consentTextVersion: event.currentTarget.value })}
            error={errors['consents.0.textVersion']}
          />
          <Select
            label={t('clients.form.consentLanguage')}
            description={t('clients.form.consentLanguageHint')}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')}
            data={languageOptions}
            value={draft.consentLanguage}
            onChange={(value) => update({ consentLanguage: value ?? draft.consentLanguage })}
            error={errors['consents.0.language']}
          />
        </SimpleGrid>
        <GuardianFields
          givenBy={draft.consentGivenBy}
          guardianName={draft.guardianName}
          isMinor={isDraftMinor(draft)}
          onChange={({ givenBy, guardianName }) => update({ consentGivenBy: givenBy, guardianName })}
          error={errors['consents.0.guardianName']}
          givenByError={errors['consents.0.givenBy']}
        />
        <Checkbox
          label={t('clients.form.followUpConsent')}
          description={t('clients.form.followUpConsentHint')}
          checked={draft.followUpConsent}
          onChange={(event) => update({ followUpConsent: event.currentTarget.checked })}
          error={
            errors[`consents.${followUpIndex}.textVersion`] && draft.followUpConsent
              ? errors[`consents.${followUpIndex}.textVersion`]
              : undefined
          }
        />
      </Stack>
    </Fieldset>
  );
};
