import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconLogout, IconShieldLock } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { logout, useMe } from '../../features/auth/api';
import { useMembershipLabel } from '../../ui/membership-label';

export const UserMenu = () => {
  const { t } = useTranslation();
  const me = useMe();
  const membershipLabel = useMembershipLabel();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = async () => {
    try {
      await logout();
    } finally {
      await navigate({ to: '/login' });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'meta' });
    }
  };

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          c="dark.9"
          px={6}
          aria-label={t('shell.userMenu', { name: me.user.displayName })}
          leftSection={
            // No initials inside: visible text must stay part of the button's accessible name.
            <Avatar color="indigo" variant="filled" radius="xl" size={30} aria-hidden="true" />
          }
        >
          <Text span size="sm" fw={600} visibleFrom="sm" maw={160} truncate="end">
            {me.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={700} c="dark.9">
            {me.user.displayName}
          </Text>
          <Text size="xs" c="dimmed" className="ltr-text">
            {me.user.email}
          </Text>
        </Menu.Label>
        {me.memberships.map((membership) => (
          <Text key={membership.id} size="xs" px="sm" py={2}>
            {membershipLabel(membership)}
          </Text>
        ))}
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/account"
          leftSection={<IconShieldLock size={16} aria-hidden="true" />}
        >
          {t('account.menu')}
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={() => void signOut()}>
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
};
