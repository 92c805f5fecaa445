import { Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Client, Referral } from '@pathways/contracts';
import { IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { useClientReferrals } from './api';
import { ReferModal, type ReferTarget } from './refer-modal';
import { useReferralTarget } from './referral-format';
import { ReferralRowHeader } from './referral-row-header';
import { SuggestedOffers } from './suggested-offers';

type ListedReferral = Omit<Referral, 'events'>;

const newestFirst = (a: ListedReferral, b: ListedReferral) => b.createdAt.localeCompare(a.createdAt);

const ReferralItem = ({ referral }: { referral: ListedReferral }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const target = useReferralTarget()(referral);
  const dates = [
    referral.sentAt
      ? t('referrals.list.sentOn', { date: formatDateTime(referral.sentAt) })
      : t('referrals.list.createdOn', { date: formatDateTime(referral.createdAt) }),
    referral.answeredAt
      ? t('referrals.list.answeredOn', { date: formatDateTime(referral.answeredAt) })
      : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <ReferralRowHeader referral={referral} target={target} />
        <Text size="sm" c="dimmed">
          {dates.join(' · ')}
        </Text>
        {referral.declineReason ? (
          <Text size="sm">
            {t('referrals.list.declined')} <span dir="auto">{referral.declineReason}</span>
          </Text>
        ) : null}
        {referral.outcome ? (
          <Text size="sm" fw={600}>
            {t('referrals.list.outcome', { outcome: t(`referrals.outcome.${referral.outcome}`) })}
          </Text>
        ) : null}
        {referral.feedback ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {t('referrals.list.feedback')} <span dir="auto">{referral.feedback}</span>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
};

/** The client page's referrals: what was sent and how it went, and the offers that fit. */
export const ClientReferralsSection = ({ client }: { client: Client }) => {
  const { t } = useTranslation();
  const canRead = useCan('referrals.read');
  const canWrite = useCan('referrals.write');
  const referrals = useClientReferrals(client.id, canRead);
  const [target, setTarget] = useState<ReferTarget | null>(null);
  const titleId = useId();
  if (!canRead) return null;
  // The server refers active clients only: a closed case is reopened first.
  const canRefer = canWrite && client.status === 'active';
  const items = [...(referrals.data ?? [])].sort(newestFirst);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {t('referrals.section.title')}
          </Title>
          {canRefer ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconSend size={14} aria-hidden="true" />}
              onClick={() => setTarget({ kind: 'partner' })}
            >
              {t('referrals.section.referToPartner')}
            </Button>
          ) : null}
        </Group>
        {canWrite && !canRefer ? (
          <Text size="sm" c="dimmed">
            {t('referrals.section.closedHint')}
          </Text>
        ) : null}
        {referrals.isPending ? <LoadingState /> : null}
        {referrals.isError ? <ErrorState onRetry={() => void referrals.refetch()} /> : null}
        {referrals.isSuccess && items.length === 0 ? (
          <Text size="sm">{t('referrals.section.empty')}</Text>
        ) : null}
        {items.length > 0 ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((referral) => (
              <ReferralItem key={referral.id} referral={referral} />
            ))}
          </Stack>
        ) : null}
        <Divider my="xs" />
        <SuggestedOffers
          clientId={client.id}
          onRefer={canRefer ? (offer) => setTarget({ kind: 'offer', offer }) : undefined}
        />
      </Stack>
      {canRefer ? <ReferModal client={client} target={target} onClose={() => setTarget(null)} /> : null}
    </Paper>
  );
};
