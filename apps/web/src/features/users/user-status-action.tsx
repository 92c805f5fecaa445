import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { User } from '@pathways/contracts';
import { IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/api';
import { type StatusChange, useChangeUserStatus } from './api';

export const UserStatusAction = ({ user }: { user: User }) => {
  const { t } = useTranslation();
  const me = useMe();
  const [isConfirmOpen, confirm] = useDisclosure(false);
  const changeStatus = useChangeUserStatus();
  const change: StatusChange = user.status === 'active' ? 'deactivate' : 'reactivate';

  const run = async () => {
    try {
      await changeStatus.mutateAsync({ userId: user.id, change });
      confirm.close();
      notifications.show({
        color: 'teal.9',
        message: t(change === 'deactivate' ? 'users.deactivated' : 'users.reactivated', {
          name: user.displayName,
        }),
      });
    } catch {
      confirm.close();
      notifications.show({
        color: 'red.9',
        title: t('users.actionFailedTitle'),
        message: t('users.actionFailed'),
      });
    }
  };

  const isDeactivation = change === 'deactivate';

  // One button element in both states, so focus returns to it after the confirm dialog closes.
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color={isDeactivation ? 'red' : undefined}
        leftSection={
          isDeactivation ? (
            <IconUserOff size={14} aria-hidden="true" />
          ) : (
            <IconUserCheck size={14} aria-hidden="true" />
          )
        }
        loading={!isDeactivation && changeStatus.isPending}
        onClick={isDeactivation ? confirm.open : () => void run()}
        disabled={isDeactivation && user.id === me.user.id}
        aria-label={t(isDeactivation ? 'users.deactivateLabel' : 'users.reactivateLabel', {
          name: user.displayName,
        })}
      >
        {t(isDeactivation ? 'users.deactivate' : 'users.reactivate')}
      </Button>
      <Modal
        opened={isConfirmOpen}
        onClose={confirm.close}
        title={t('users.confirmDeactivateTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('users.confirmDeactivateBody', { name: user.displayName })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={changeStatus.isPending} onClick={() => void run()}>
              {t('users.deactivate')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
};
