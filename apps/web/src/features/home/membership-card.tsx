import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import type { Membership, Role } from '@pathways/contracts';
import {
  IconBuilding,
  IconChartBar,
  IconClipboardList,
  IconHeartHandshake,
  IconMap2,
  IconSearch,
  IconSettings,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/api';

const roleIcons: Record<Role, ReactNode> = {
  admin: <IconSettings size={20} />,
  country_manager: <IconMap2 size={20} />,
  centre_manager: <IconBuilding size={20} />,
  counsellor: <IconClipboardList size={20} />,
  partner_staff: <IconHeartHandshake size={20} />,
  analyst: <IconChartBar size={20} />,
  auditor: <IconSearch size={20} />,
};

const scopeText = (membership: Membership, allLabel: string): string =>
  membership.scopeType === 'all'
    ? allLabel
    : [membership.scopeName, membership.countryCode ? `(${membership.countryCode})` : null]
        .filter(Boolean)
        .join(' ');

export const MembershipCard = ({ membership }: { membership: Membership }) => {
  const { t } = useTranslation();
  const { permissions } = useMe();
  return (
    <Card withBorder radius="md" padding="lg" component="article">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon size="xl" radius="md" variant="light" aria-hidden="true">
            {roleIcons[membership.role]}
          </ThemeIcon>
          <div>
            <Text component="h3" fw={700} fz="lg" m={0}>
              {t(`roles.${membership.role}`)}
            </Text>
            <Badge variant="light" color="gray" radius="sm" tt="none" mt={4}>
              {scopeText(membership, t('scope.all'))}
            </Badge>
          </div>
        </Group>
        <Text size="sm">{t(`roleWork.${membership.role}`)}</Text>
        <Group gap="md">
          {permissions.includes('reference.read') ? (
            <Anchor component={Link} to="/centres" size="sm">
              {t('home.openCentres')}
            </Anchor>
          ) : null}
          {membership.role === 'partner_staff' && permissions.includes('referrals.respond') ? (
            <Anchor component={Link} to="/partner/referrals" size="sm">
              {t('referrals.partner.homeLink')}
            </Anchor>
          ) : null}
          {membership.role === 'admin' && permissions.includes('users.manage') ? (
            <Anchor component={Link} to="/admin/users" size="sm">
              {t('home.openUsers')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
};
