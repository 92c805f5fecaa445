import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDevicesOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeAccountError } from './account-errors';
import { useLogOutEverywhere } from './api';

export const SessionsSection = () => {
  const { t } = useTranslation();
  const [isConfirmOpen, confirm] = useDisclosure(false);
  const logOutEverywhere = useLogOutEverywhere();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    try {
      await logOutEverywhere.mutateAsync();
      await navigate({ to: '/login' });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'meta' });
    } catch (failure) {
      setError(describeAccountError(failure, t));
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="account-sessions">
      <Title order={2} size="h3" id="account-sessions">
        {t('account.sessions.title')}
      </Title>
      <Text size="sm">{t('account.sessions.intro')}</Text>
      <Button
        variant="light"
        color="red"
        leftSection={<IconDevicesOff size={16} aria-hidden="true" />}
        onClick={confirm.open}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('account.sessions.logoutEverywhere')}
      </Button>
      <Modal
        opened={isConfirmOpen}
        onClose={confirm.close}
        title={t('account.sessions.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('account.sessions.confirmBody')}</Text>
          {error ? (
            <Text size="sm" c="red.9" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red.9" loading={logOutEverywhere.isPending} onClick={() => void run()}>
              {t('account.sessions.logoutEverywhere')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
};
