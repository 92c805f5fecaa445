import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Referral } from '@pathways/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { isolate } from '../casework/casework-format';
import { isPartnerMove } from './referral-actions';
import { ReferralStatusBadge } from './referral-badges';

type Event = Referral['events'][number];

// Partners often answer by phone: say when centre staff recorded the partner's answer for it.
const actorKey = (event: Event): string =>
  event.actorSide === 'partner'
    ? 'referrals.detail.byPartner'
    : isPartnerMove(event.to)
      ? 'referrals.detail.byCentreOnBehalf'
      : 'referrals.detail.byCentre';

/** Every status change of a referral in order: who (and on which side), when, and why. */
export const ReferralEvents = ({ events }: { events: readonly Event[] }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const titleId = useId();
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('referrals.detail.history')}
      </Title>
      {ordered.length === 0 ? <Text size="sm">{t('referrals.detail.noHistory')}</Text> : null}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ordered.map((event) => (
          <Paper key={`${event.at}-${event.to}`} component="li" withBorder p="sm" radius="sm">
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap" justify="space-between">
                <ReferralStatusBadge status={event.to} />
                <Text size="sm" c="dimmed">
                  {formatDateTime(event.at)}
                </Text>
              </Group>
              <Text size="sm">{t(actorKey(event), { name: isolate(event.actorName) })}</Text>
              {event.reason ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  <Text span fw={600}>
                    {t('referrals.detail.reasonLabel')}
                  </Text>{' '}
                  <span dir="auto">{event.reason}</span>
                </Text>
              ) : null}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
};
