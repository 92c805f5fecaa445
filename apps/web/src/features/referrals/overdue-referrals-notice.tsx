import { Anchor, Group, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/api';
import { useOverdueReferralCount } from './api';

/** For counsellors and managers: how many referrals wait too long for the partner's answer. */
export const OverdueReferralsNotice = () => {
  const { t } = useTranslation();
  const canRead = useCan('referrals.read');
  const count = useOverdueReferralCount(canRead);
  if (!canRead || count.data === undefined) return null;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon
            variant="light"
            color={count.data > 0 ? 'red' : 'gray'}
            size="lg"
            radius="md"
            aria-hidden="true"
          >
            <IconClockHour4 size={20} />
          </ThemeIcon>
          <Text fw={600}>
            {count.data > 0
              ? t('referrals.overdueNotice.some', { count: count.data })
              : t('referrals.overdueNotice.none')}
          </Text>
        </Group>
        {count.data > 0 ? (
          <Anchor
            renderRoot={(props) => <Link {...props} to="/referrals" search={{ overdue: true }} />}
            size="sm"
          >
            {t('referrals.overdueNotice.link')}
          </Anchor>
        ) : null}
      </Group>
    </Paper>
  );
};
