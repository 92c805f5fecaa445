import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { AgreementInput, agreementPurposes, type PartnerDetail } from '@pathways/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../offers/form-alert';
import { describeSaveFailure, type FieldErrorMap, validateWith } from '../offers/form-errors';
import { useAddAgreement } from './api';
import { type AgreementDraft, emptyAgreementDraft, toAgreementInput } from './partner-draft';

const SHOWN = /^(signedOn|expiresOn|purposes(\.\d+)?|reference)$/;

type Props = { partner: PartnerDetail; onClose: () => void };

const AgreementForm = ({ partner, onClose }: Props) => {
  const { t } = useTranslation();
  const addAgreement = useAddAgreement();
  const [draft, setDraft] = useState<AgreementDraft>(emptyAgreementDraft);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const otherErrors = Object.entries(errors).filter(([field]) => !SHOWN.test(field));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateWith(AgreementInput, toAgreementInput(draft), t);
    if (result.errors) {
      setErrors(result.errors);
      setFormError(t('offers.errors.checkFields'));
      return;
    }
    try {
      await addAgreement.mutateAsync({ partnerId: partner.id, body: result.body });
      notifications.show({
        color: 'teal.9',
        message: t('offers.partners.agreement.added', { name: partner.name }),
      });
      onClose();
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      setErrors(failure.errors);
      setFormError(failure.message);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <FormAlert message={formError} otherErrors={otherErrors} focusRef={alertRef} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('offers.partners.agreement.signedOn')}
            withAsterisk
            data-autofocus
            value={draft.signedOn}
            onChange={(event) => setDraft({ ...draft, signedOn: event.currentTarget.value })}
            error={errors.signedOn}
          />
          <TextInput
            type="date"
            label={t('offers.partners.agreement.expiresOn')}
            withAsterisk
            value={draft.expiresOn}
            onChange={(event) => setDraft({ ...draft, expiresOn: event.currentTarget.value })}
            error={errors.expiresOn}
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t('offers.partners.agreement.purposes')}
          description={t('offers.partners.agreement.purposesHint')}
          withAsterisk
          value={draft.purposes}
          onChange={(values) =>
            setDraft({ ...draft, purposes: agreementPurposes.filter((purpose) => values.includes(purpose)) })
          }
          error={errors.purposes}
        >
          <Stack gap={6} mt={6}>
            {agreementPurposes.map((purpose) => (
              <Checkbox key={purpose} value={purpose} label={t(`offers.partners.purpose.${purpose}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label={t('offers.partners.agreement.reference')}
          description={t('offers.partners.agreement.referenceHint')}
          dir="auto"
          value={draft.reference}
          onChange={(event) => setDraft({ ...draft, reference: event.currentTarget.value })}
          error={errors.reference}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={addAgreement.isPending}>
            {t('offers.partners.agreement.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

export const AgreementModal = ({
  opened,
  partner,
  onClose,
}: Partial<Props> & { opened: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={partner ? t('offers.partners.agreement.title', { name: partner.name }) : ''}
      size="lg"
      fullScreen={isMobile}
    >
      {opened && partner ? <AgreementForm partner={partner} onClose={onClose} /> : null}
    </Modal>
  );
};
