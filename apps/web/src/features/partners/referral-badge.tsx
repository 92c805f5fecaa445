import { Badge } from '@mantine/core';
import type { PartnerDetail } from '@pathways/contracts';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../offers/offer-format';
import { referralStatusOf } from './agreement-status';

const styles = {
  root: { flexShrink: 1, maxWidth: '100%', height: 'auto', minHeight: 22 },
  label: { whiteSpace: 'normal' as const, textAlign: 'start' as const },
};

/** Whether referrals can go to the partner: the server refuses them without a valid agreement. */
export const ReferralBadge = ({
  partner,
}: {
  partner: Pick<PartnerDetail, 'canReceiveReferrals' | 'agreements'>;
}) => {
  const { t, i18n } = useTranslation();
  const status = referralStatusOf(partner);
  return status.canReceive ? (
    <Badge
      variant="filled"
      color="teal.9"
      radius="sm"
      tt="none"
      leftSection={<IconCircleCheck size={12} aria-hidden="true" />}
      styles={styles}
    >
      {t('offers.partners.agreementValidUntil', { date: formatIsoDate(status.validUntil, i18n.language) })}
    </Badge>
  ) : (
    <Badge
      variant="filled"
      color="red.9"
      radius="sm"
      tt="none"
      leftSection={<IconLock size={12} aria-hidden="true" />}
      styles={styles}
    >
      {t('offers.partners.referralsBlocked')}
    </Badge>
  );
};
