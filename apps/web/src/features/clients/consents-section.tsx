import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Client, Consent } from '@pathways/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { StatusBadge } from '../../ui/status-badge';
import { usePartnerOrganisations } from '../centres/api';
import { useWithdrawConsent } from './api';
import { useCodeNames } from './client-options';
import { RecordConsentModal } from './record-consent-modal';

const ConsentItem = ({
  consent,
  partnerName,
  canWrite,
  onWithdraw,
}: {
  consent: Consent;
  partnerName: string | null;
  canWrite: boolean;
  onWithdraw: (consent: Consent) => void;
}) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { languageName } = useCodeNames();
  const purpose = t(`clients.consentPurpose.${consent.purpose}`);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>
            {partnerName ? t('clients.consents.sharingWith', { partner: partnerName }) : purpose}
          </Text>
          <StatusBadge tone={consent.withdrawnAt ? 'inactive' : 'positive'}>
            {consent.withdrawnAt ? t('clients.consents.withdrawn') : t('clients.consents.valid')}
          </StatusBadge>
        </Group>
        <Text size="sm">
          {t('clients.consents.details', {
            version: consent.textVersion,
            language: languageName(consent.language),
          })}
        </Text>
        {consent.givenBy === 'guardian' ? (
          <Text size="sm" dir="auto">
            {t('clients.consents.givenByGuardian', { name: consent.guardianName ?? '' })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('clients.consents.recordedAt', { date: formatDateTime(consent.recordedAt) })}
          {consent.withdrawnAt
            ? ` · ${t('clients.consents.withdrawnAt', { date: formatDateTime(consent.withdrawnAt) })}`
            : ''}
        </Text>
        {canWrite && !consent.withdrawnAt ? (
          <Group justify="flex-end">
            <Button
              size="xs"
              variant="outline"
              color="red.9"
              onClick={() => onWithdraw(consent)}
              aria-label={t('clients.consents.withdrawLabel', { purpose })}
            >
              {t('clients.consents.withdraw')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
};

export const ConsentsSection = ({ client, canWrite }: { client: Client; canWrite: boolean }) => {
  const { t } = useTranslation();
  const partners = usePartnerOrganisations(client.consents.some((consent) => consent.partnerOrganisationId));
  const [isRecordOpen, recordModal] = useDisclosure(false);
  const [toWithdraw, setToWithdraw] = useState<Consent | null>(null);
  const withdraw = useWithdrawConsent(client.id);
  const partnerName = (id: string | null) =>
    id
      ? (partners.data?.find((partner) => partner.id === id)?.name ?? t('clients.consents.unknownPartner'))
      : null;

  const confirmWithdraw = async () => {
    if (!toWithdraw) return;
    try {
      await withdraw.mutateAsync(toWithdraw.id);
      notifications.show({ color: 'teal.9', message: t('clients.consents.withdrawnNotice') });
    } catch {
      notifications.show({
        color: 'red.9',
        title: t('users.actionFailedTitle'),
        message: t('users.actionFailed'),
      });
    } finally {
      setToWithdraw(null);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="client-consents">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id="client-consents">
            {t('clients.consents.title')}
          </Title>
          {canWrite ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={recordModal.open}
            >
              {t('clients.consents.record')}
            </Button>
          ) : null}
        </Group>
        {client.consents.length === 0 ? (
          <Text size="sm">{t('clients.consents.none')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {client.consents.map((consent) => (
              <ConsentItem
                key={consent.id}
                consent={consent}
                partnerName={partnerName(consent.partnerOrganisationId)}
                canWrite={canWrite}
                onWithdraw={setToWithdraw}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <RecordConsentModal
        clientId={client.id}
        countryCode={client.countryCode}
        isMinor={client.isMinor}
        opened={isRecordOpen}
        onClose={recordModal.close}
      />
      <Modal
        opened={toWithdraw !== null}
        onClose={() => setToWithdraw(null)}
        title={t('clients.consents.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {t('clients.consents.confirmBody', {
              purpose: toWithdraw ? t(`clients.consentPurpose.${toWithdraw.purpose}`) : '',
            })}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setToWithdraw(null)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={withdraw.isPending} onClick={() => void confirmWithdraw()}>
              {t('clients.consents.withdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
};
