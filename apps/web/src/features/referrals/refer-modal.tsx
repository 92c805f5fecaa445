import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  type Client,
  CreateReferralBody,
  defaultSharedFields,
  type Offer,
  type ShareableField,
  shareableFields,
} from '@pathways/contracts';
import { IconAlertTriangle, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { RecordConsentModal } from '../clients/record-consent-modal';
import { useCountryPartners, useCreateReferral } from './api';
import { localised } from './offer-text';
import { activeSharingConsents } from './referral-consents';
import { blamedFields, describeReferralError } from './referral-errors';

/** A referral goes to an offer (and so its partner), or straight to a partner organisation. */
export type ReferTarget = { kind: 'offer'; offer: Offer } | { kind: 'partner' };

type Props = { client: Client; target: ReferTarget | null; onClose: () => void };

type Errors = Partial<Record<'reason' | 'sharedFields' | 'consentId' | 'partnerOrganisationId', string>>;

const ConsentChoice = ({
  client,
  partnerId,
  partnerName,
  consentId,
  onChange,
  onRecord,
  error,
}: {
  client: Client;
  partnerId: string;
  partnerName: string;
  consentId: string | null;
  onChange: (consentId: string) => void;
  onRecord: () => void;
  error: string | undefined;
}) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const consents = activeSharingConsents(client.consents, partnerId);
  if (consents.length === 0)
    return (
      // No Alert title: its orange text on the light background is too faint to read.
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm" fw={700}>
            {t('referrals.refer.noConsentTitle')}
          </Text>
          <Text size="sm">{t('referrals.refer.noConsent', { partner: partnerName })}</Text>
          {error ? (
            <Text size="sm" c="red.9" fw={600}>
              {error}
            </Text>
          ) : null}
          <Button size="xs" variant="outline" onClick={onRecord}>
            {t('referrals.refer.recordConsent')}
          </Button>
        </Stack>
      </Alert>
    );
  return (
    <Radio.Group
      label={t('referrals.refer.consent')}
      description={t('referrals.refer.consentHint', { partner: partnerName })}
      withAsterisk
      value={consentId}
      onChange={onChange}
      error={error}
    >
      <Stack gap={6} mt={6}>
        {consents.map((consent) => (
          <Radio
            key={consent.id}
            value={consent.id}
            label={t('referrals.refer.consentOption', {
              date: formatDateTime(consent.recordedAt),
              version: consent.textVersion,
            })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
};

/** Refers the client: the reason, what to share, the consent it rests on; sent now or kept as a draft. */
export const ReferModal = ({ client, target, onClose }: Props) => {
  const { t, i18n } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const create = useCreateReferral(client.id);
  const partners = useCountryPartners(client.countryCode, target !== null);
  const [partnerChoice, setPartnerChoice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<ShareableField[]>(defaultSharedFields);
  const [consentChoice, setConsentChoice] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isRecordingConsent, setRecordingConsent] = useState(false);
  const [sendingAs, setSendingAs] = useState<'send' | 'draft' | null>(null);

  const offer = target?.kind === 'offer' ? target.offer : null;
  const partnerId = offer ? offer.partnerOrganisationId : partnerChoice;
  const partner = partners.data?.find((candidate) => candidate.id === partnerId) ?? null;
  const partnerName = offer ? offer.partnerName : (partner?.name ?? '');
  const consents = partnerId ? activeSharingConsents(client.consents, partnerId) : [];
  // The newest valid consent unless the person picked another one that is still valid.
  const consentId = consents.find((consent) => consent.id === consentChoice)?.id ?? consents[0]?.id ?? null;

  const close = () => {
    setPartnerChoice(null);
    setReason('');
    setFields(defaultSharedFields);
    setConsentChoice(null);
    setErrors({});
    setFormError(null);
    setSendingAs(null);
    create.reset();
    onClose();
  };

  const submit = async (send: boolean) => {
    const parsed = CreateReferralBody.safeParse({
      ...(offer ? { offerId: offer.id } : { partnerOrganisationId: partnerId ?? undefined }),
      reason,
      sharedFields: fields,
      consentId: consentId ?? undefined,
      send,
    });
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'reason') next.reason = t('validation.required');
        if (field === 'sharedFields') next.sharedFields = t('referrals.refer.chooseFields');
        if (field === 'consentId') next.consentId = t('referrals.refer.consentRequired');
        if (field === 'offerId' || field === 'partnerOrganisationId')
          next.partnerOrganisationId = t('validation.required');
      }
      setErrors(next);
      setFormError(t('referrals.errors.checkFields'));
      return;
    }
    setSendingAs(send ? 'send' : 'draft');
    try {
      await create.mutateAsync(parsed.data);
      notifications.show({
        color: 'teal.9',
        message: send ? t('referrals.refer.sent') : t('referrals.refer.drafted'),
      });
      close();
    } catch (error) {
      const blamed = blamedFields(error);
      const message = describeReferralError(error, t);
      setErrors({
        ...(blamed.has('reason') ? { reason: message } : {}),
        ...(blamed.has('sharedFields') ? { sharedFields: message } : {}),
        ...(blamed.has('consentId') ? { consentId: message } : {}),
      });
      setFormError(message);
    } finally {
      setSendingAs(null);
    }
  };

  const title = offer
    ? t('referrals.refer.titleOffer', { offer: localised(offer.title, i18n.language) })
    : t('referrals.refer.titlePartner');

  const partnerOptions = (partners.data ?? []).map((candidate) => ({
    value: candidate.id,
    label: candidate.canReceiveReferrals
      ? candidate.name
      : t('referrals.refer.partnerNoAgreement', { partner: candidate.name }),
    disabled: !candidate.canReceiveReferrals,
  }));

  return (
    <>
      <Modal
        opened={target !== null && !isRecordingConsent}
        onClose={close}
        title={title}
        size="lg"
        fullScreen={isMobile}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit(true);
          }}
          noValidate
        >
          <Stack gap="md">
            <div role="alert">
              {formError ? (
                <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
                  {formError}
                </Alert>
              ) : null}
            </div>
            {offer ? (
              <Text size="sm">{t('referrals.refer.offerPartner', { partner: offer.partnerName })}</Text>
            ) : (
              <NativeSelect
                label={t('referrals.refer.partner')}
                withAsterisk
                required
                data-autofocus
                data={[
                  { value: '', label: t('referrals.refer.choosePartner'), disabled: true },
                  ...partnerOptions,
                ]}
                value={partnerChoice ?? ''}
                onChange={(event) => setPartnerChoice(event.currentTarget.value || null)}
                error={
                  errors.partnerOrganisationId ??
                  (partners.isError ? t('referrals.refer.partnersFailed') : undefined)
                }
              />
            )}
            {partner && !partner.canReceiveReferrals ? (
              <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
                {t('referrals.refer.noAgreement', { partner: partner.name })}
              </Alert>
            ) : null}
            <Textarea
              label={t('referrals.refer.reason')}
              description={t('referrals.refer.reasonHint')}
              withAsterisk
              required
              autosize
              minRows={3}
              maxLength={1000}
              data-autofocus={offer ? true : undefined}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.reason}
            />
            <Checkbox.Group
              label={t('referrals.refer.fields')}
              description={t('referrals.refer.fieldsHint')}
              withAsterisk
              value={fields}
              onChange={(values) => setFields(shareableFields.filter((field) => values.includes(field)))}
              error={errors.sharedFields}
            >
              <Group gap={6} mt={6} wrap="nowrap" align="flex-start">
                <IconShieldCheck size={16} aria-hidden="true" />
                <Text size="sm">{t('referrals.refer.caseCodeAlways')}</Text>
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} verticalSpacing={6} mt={6}>
                {shareableFields.map((field) => (
                  <Checkbox
                    key={field}
                    value={field}
                    label={
                      field === 'reason' ? t('referrals.refer.shareReason') : t(`referrals.fields.${field}`)
                    }
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            {partnerId ? (
              <ConsentChoice
                client={client}
                partnerId={partnerId}
                partnerName={partnerName}
                consentId={consentId}
                onChange={setConsentChoice}
                onRecord={() => setRecordingConsent(true)}
                error={errors.consentId}
              />
            ) : (
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconInfoCircle size={16} aria-hidden="true" />
                <Text size="sm">{t('referrals.refer.choosePartnerFirst')}</Text>
              </Group>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button
                variant="outline"
                loading={sendingAs === 'draft'}
                disabled={sendingAs === 'send'}
                onClick={() => void submit(false)}
              >
                {t('referrals.refer.saveDraft')}
              </Button>
              <Button type="submit" loading={sendingAs === 'send'} disabled={sendingAs === 'draft'}>
                {t('referrals.refer.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {isRecordingConsent && partnerId ? (
        <RecordConsentModal
          clientId={client.id}
          countryCode={client.countryCode}
          isMinor={client.isMinor}
          opened
          onClose={() => setRecordingConsent(false)}
          preset={{ purpose: 'partner_sharing', partnerOrganisationId: partnerId }}
        />
      ) : null}
    </>
  );
};
