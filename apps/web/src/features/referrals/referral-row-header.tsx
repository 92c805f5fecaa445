import { Anchor, Group, Text } from '@mantine/core';
import type { Referral } from '@pathways/contracts';
import { Link } from '@tanstack/react-router';
import { OverdueReferralBadge, ReferralStatusBadge } from './referral-badges';

type Props = { referral: Omit<Referral, 'events'>; target: string };

/** A referral row's first line: where it went (linking to it), the partner, status and overdue. */
export const ReferralRowHeader = ({ referral, target }: Props) => (
  <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
    <div style={{ minWidth: 0 }}>
      <Anchor
        fw={700}
        dir="auto"
        renderRoot={(props) => (
          <Link {...props} to="/referrals/$referralId" params={{ referralId: referral.id }} />
        )}
      >
        {target}
      </Anchor>
      {referral.offer ? (
        <Text size="sm" c="dimmed" dir="auto">
          {referral.partnerName}
        </Text>
      ) : null}
    </div>
    <Group gap={6} wrap="wrap">
      <ReferralStatusBadge status={referral.status} />
      {referral.overdue ? <OverdueReferralBadge /> : null}
    </Group>
  </Group>
);
