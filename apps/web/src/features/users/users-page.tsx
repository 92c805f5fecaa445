import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { User } from '@pathways/contracts';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useUsers } from './api';
import { CreateUserModal } from './create-user-modal';
import { UsersList } from './users-list';

const normalise = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

export const UsersPage = () => {
  const { t } = useTranslation();
  const users = useUsers();
  const [isCreateOpen, createModal] = useDisclosure(false);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);

  const visible = useMemo(() => {
    const needle = normalise(deferredQuery.trim());
    const all = users.data ?? [];
    if (!needle) return all;
    const haystack = (user: User) =>
      normalise(
        [
          user.displayName,
          user.email,
          t(`users.status.${user.status}`),
          ...user.memberships.flatMap((m) => [t(`roles.${m.role}`), m.scopeName ?? '', m.countryCode ?? '']),
        ].join(' '),
      );
    return all.filter((user) => haystack(user).includes(needle));
  }, [users.data, deferredQuery, t]);

  return (
    <Page
      title={t('users.title')}
      actions={
        <Button leftSection={<IconUserPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
          {t('users.new')}
        </Button>
      }
    >
      <TextInput
        label={t('users.filter')}
        placeholder={t('users.filterPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maw={420}
      />
      {users.isPending ? <LoadingState /> : null}
      {users.isError ? <ErrorState onRetry={() => void users.refetch()} /> : null}
      {users.isSuccess ? (
        <Stack gap="sm">
          {visible.length === 0 ? (
            <Text>{users.data.length === 0 ? t('users.empty') : t('users.noResults')}</Text>
          ) : (
            <UsersList users={visible} />
          )}
        </Stack>
      ) : null}
      <CreateUserModal opened={isCreateOpen} onClose={createModal.close} />
    </Page>
  );
};
