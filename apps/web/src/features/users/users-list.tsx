import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { User } from '@pathways/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useMembershipLabel } from '../../ui/membership-label';
import { StatusBadge } from '../../ui/status-badge';
import { UserStatusAction } from './user-status-action';

const UserStatus = ({ user }: { user: User }) => {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={user.status === 'active' ? 'positive' : 'inactive'}>
      {t(`users.status.${user.status}`)}
    </StatusBadge>
  );
};

const Memberships = ({ user }: { user: User }) => {
  const membershipLabel = useMembershipLabel();
  return (
    <Stack gap={2}>
      {user.memberships.map((membership) => (
        <Text key={membership.id} size="sm">
          {membershipLabel(membership)}
        </Text>
      ))}
    </Stack>
  );
};

const useLastLogin = () => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (user: User) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn'));
};

const UserCards = ({ users }: { users: User[] }) => {
  const { t } = useTranslation();
  const lastLogin = useLastLogin();
  return (
    <Stack
      gap="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('users.title')}
    >
      {users.map((user) => (
        <Paper key={user.id} withBorder p="sm" radius="md" component="li">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={700}>{user.displayName}</Text>
              <UserStatus user={user} />
            </Group>
            <Text size="sm" className="ltr-text" style={{ overflowWrap: 'anywhere' }}>
              {user.email}
            </Text>
            <Memberships user={user} />
            <Text size="sm" c="dimmed">
              {t('users.lastLoginValue', { date: lastLogin(user) })}
            </Text>
            <Group justify="flex-end">
              <UserStatusAction user={user} />
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

const UserTable = ({ users }: { users: User[] }) => {
  const { t } = useTranslation();
  const lastLogin = useLastLogin();
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={820} type="native">
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Caption
            style={{ captionSide: 'top', textAlign: 'start', padding: 'var(--mantine-spacing-sm)' }}
          >
            {t('users.tableCaption', { count: users.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('users.columns.name')}</Table.Th>
              <Table.Th>{t('users.columns.email')}</Table.Th>
              <Table.Th>{t('users.columns.status')}</Table.Th>
              <Table.Th>{t('users.columns.memberships')}</Table.Th>
              <Table.Th>{t('users.columns.lastLogin')}</Table.Th>
              <Table.Th>{t('users.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td fw={600} dir="auto">
                  {user.displayName}
                </Table.Td>
                <Table.Td className="ltr-text">{user.email}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <UserStatus user={user} />
                </Table.Td>
                <Table.Td>
                  <Memberships user={user} />
                </Table.Td>
                <Table.Td>{lastLogin(user)}</Table.Td>
                <Table.Td>
                  <UserStatusAction user={user} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
};

/** A table from the `md` breakpoint up; a list of cards on phones (360 px). */
export const UsersList = ({ users }: { users: User[] }) => {
  const isWide = useMediaQuery('(min-width: 62em)') ?? true;
  return isWide ? <UserTable users={users} /> : <UserCards users={users} />;
};
