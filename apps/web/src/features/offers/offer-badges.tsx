import { Badge } from '@mantine/core';
import type { OfferCategory, OfferStatus } from '@pathways/contracts';
import { IconGenderFemale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/status-badge';

// Filled shade 9 (indigo) / 8 (grape) keep white badge text above 4.5:1; the words say it all.
const badgeStyles = { root: { flexShrink: 0, maxWidth: '100%' }, label: { overflow: 'visible' } };

export const CategoryBadge = ({ category }: { category: OfferCategory }) => {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="indigo.9" radius="sm" tt="none" styles={badgeStyles}>
      {t(`offers.category.${category}`)}
    </Badge>
  );
};

export const WomenOnlyBadge = () => {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color="grape.8"
      radius="sm"
      tt="none"
      leftSection={<IconGenderFemale size={12} aria-hidden="true" />}
      styles={badgeStyles}
    >
      {t('offers.womenOnly')}
    </Badge>
  );
};

const statusTones = {
  draft: 'inactive',
  active: 'positive',
  paused: 'handover',
  closed: 'inactive',
} as const;

export const OfferStatusBadge = ({ status }: { status: OfferStatus }) => {
  const { t } = useTranslation();
  return <StatusBadge tone={statusTones[status]}>{t(`offers.status.${status}`)}</StatusBadge>;
};
