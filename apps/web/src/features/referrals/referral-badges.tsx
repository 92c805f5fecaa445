import { Badge } from '@mantine/core';
import type { ReferralStatus } from '@pathways/contracts';
import {
  IconCircleCheck,
  IconCircleOff,
  IconClockHour4,
  IconDoorExit,
  IconPencil,
  IconSchool,
  IconSend,
  IconThumbDown,
  IconThumbUp,
  IconUserOff,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referralStatusColours, referralStatusLabelKey } from './referral-status';

const icons: Record<ReferralStatus, ReactNode> = {
  draft: <IconPencil size={12} aria-hidden="true" />,
  sent: <IconSend size={12} aria-hidden="true" />,
  accepted: <IconThumbUp size={12} aria-hidden="true" />,
  declined: <IconThumbDown size={12} aria-hidden="true" />,
  enrolled: <IconSchool size={12} aria-hidden="true" />,
  completed: <IconCircleCheck size={12} aria-hidden="true" />,
  dropped_out: <IconDoorExit size={12} aria-hidden="true" />,
  no_show: <IconUserOff size={12} aria-hidden="true" />,
  cancelled: <IconCircleOff size={12} aria-hidden="true" />,
};

const badgeStyles = { root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } } as const;

/** The status in words, with its own icon and colour. */
export const ReferralStatusBadge = ({ status }: { status: ReferralStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color={referralStatusColours[status]}
      leftSection={icons[status]}
      radius="sm"
      tt="none"
      styles={badgeStyles}
    >
      {t(referralStatusLabelKey(status))}
    </Badge>
  );
};

/** Sent and waiting for the partner's answer longer than the country allows. */
export const OverdueReferralBadge = () => {
  const { t } = useTranslation();
  return (
    <Badge
      variant="outline"
      color="red.9"
      leftSection={<IconClockHour4 size={12} aria-hidden="true" />}
      radius="sm"
      tt="none"
      styles={badgeStyles}
      title={t('referrals.overdueHint')}
    >
      {t('referrals.overdue')}
    </Badge>
  );
};
