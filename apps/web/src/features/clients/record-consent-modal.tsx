import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { ConsentInput, consentPurposes } from '@pathways/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { usePartnerOrganisations } from '../centres/api';
import { useRecordConsent } from './api';
import { COUNSELLING_TEXT_VERSION, FOLLOW_UP_TEXT_VERSION } from './client-draft';
import { useClientOptions } from './client-options';
import { useConsentLanguageOptions } from './consent-language';
import { GuardianFields } from './guardian-fields';
import { describeSaveError } from './submit-errors';
import type { FieldErrorMap } from './validate';

type Purpose = (typeof consentPurposes)[number];

const defaultVersion: Record<Purpose, string> = {
  counselling: COUNSELLING_TEXT_VERSION,
  follow_up: FOLLOW_UP_TEXT_VERSION,
  partner_sharing: 'partner-sharing-2026-01',
};

type Props = {
  clientId: string;
  countryCode: string;
  isMinor: boolean;
  opened: boolean;
  onClose: () => void;
  /** Starts with this purpose (and partner) chosen, e.g. when a referral needs a sharing consent. */
  preset?: { purpose: Purpose; partnerOrganisationId?: string };
};

export const RecordConsentModal = ({ clientId, countryCode, isMinor, opened, onClose, preset }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const options = useClientOptions();
  const languageOptions = useConsentLanguageOptions();
  const partners = usePartnerOrganisations(opened);
  const record = useRecordConsent(clientId);
  const [purpose, setPurpose] = useState<Purpose | null>(preset?.purpose ?? null);
  const [partnerId, setPartnerId] = useState<string | null>(preset?.partnerOrganisationId ?? null);
  const [textVersion, setTextVersion] = useState(preset ? defaultVersion[preset.purpose] : '');
  const [language, setLanguage] = useState<string>(currentLanguage());
  const [guardian, setGuardian] = useState<{ givenBy: 'client' | 'guardian'; guardianName: string }>({
    givenBy: isMinor ? 'guardian' : 'client',
    guardianName: '',
  });
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);

  const partnerOptions = (partners.data ?? [])
    .filter((partner) => partner.countryCode === countryCode)
    .map((partner) => ({ value: partner.id, label: partner.name }));

  const close = () => {
    setPurpose(preset?.purpose ?? null);
    setPartnerId(preset?.partnerOrganisationId ?? null);
    setTextVersion(preset ? defaultVersion[preset.purpose] : '');
    setLanguage(currentLanguage());
    setGuardian({ givenBy: isMinor ? 'guardian' : 'client', guardianName: '' });
    setErrors({});
    setFormError(null);
    record.reset();
    onClose();
  };

  const choosePurpose = (value: string | null) => {
    const next = consentPurposes.find((candidate) => candidate === value) ?? null;
    setPurpose(next);
    if (next && (!textVersion || Object.values(defaultVersion).includes(textVersion)))
      setTextVersion(defaultVersion[next]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = {
      purpose: purpose ?? undefined,
      partnerOrganisationId: purpose === 'partner_sharing' ? (partnerId ?? undefined) : undefined,
      textVersion: textVersion.trim(),
      language,
      givenBy: guardian.givenBy,
      guardianName: guardian.givenBy === 'guardian' ? guardian.guardianName.trim() || undefined : undefined,
    };
    const parsed = ConsentInput.safeParse(body);
    const nextErrors: FieldErrorMap = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) nextErrors[issue.path.join('.')] ??= t('validation.required');
    if (purpose === 'partner_sharing' && !partnerId)
      nextErrors.partnerOrganisationId = t('validation.required');
    if (!parsed.success || Object.keys(nextErrors).length > 0) {
      setErrors(nextErrors);
      setFormError(t('clients.form.checkFields'));
      return;
    }
    try {
      await record.mutateAsync(parsed.data);
      notifications.show({ color: 'teal.9', message: t('clients.consents.recorded') });
      close();
    } catch (error) {
      const described = describeSaveError(error, t);
      setErrors(described.errors);
      setFormError(described.message);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('clients.consents.recordTitle')} fullScreen={isMobile}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div role="alert">
            {formError ? (
              <Text size="sm" c="red.9" fw={600}>
                {formError}
              </Text>
            ) : null}
          </div>
          <Select
            label={t('clients.consents.purpose')}
            placeholder={t('clients.consents.choosePurpose')}
            withAsterisk
            data-autofocus
            data={options.consentPurposes}
            value={purpose}
            onChange={choosePurpose}
            error={errors.purpose}
          />
          {purpose === 'partner_sharing' ? (
            <Select
              label={t('clients.consents.partner')}
              placeholder={t('clients.consents.choosePartner')}
              withAsterisk
              searchable
              nothingFoundMessage={t('common.nothingFound')}
              data={partnerOptions}
              value={partnerId}
              onChange={setPartnerId}
              error={errors.partnerOrganisationId}
            />
          ) : null}
          <TextInput
            label={t('clients.form.consentTextVersion')}
            description={t('clients.form.consentTextVersionHint')}
            withAsterisk
            dir="ltr"
            value={textVersion}
            onChange={(event) => setTextVersion(event.currentTarget.value)}
            error={errors.textVersion}
          />
          <Select
            label={t('clients.form.consentLanguage')}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('common.nothingFound')}
            data={languageOptions}
            value={language}
            onChange={(value) => setLanguage(value ?? language)}
            error={errors.language}
          />
          <GuardianFields
            givenBy={guardian.givenBy}
            guardianName={guardian.guardianName}
            isMinor={isMinor}
            onChange={setGuardian}
            error={errors.guardianName}
            givenByError={errors.givenBy}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('clients.consents.recordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
