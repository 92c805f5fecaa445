import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Client, closeReasons } from '@pathways/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CloseReason, useClientAction } from './api';
import { describeCaseworkError } from './casework-errors';
import { isolate } from './casework-format';

type Props = { client: Client; opened: boolean; onClose: () => void };

export const CloseCaseModal = ({ client, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const action = useClientAction(client.id);
  const [reason, setReason] = useState<CloseReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setReason(null);
    setError(null);
    setFormError(null);
    action.reset();
    onClose();
  };

  const confirm = async () => {
    if (!reason) {
      setError(t('casework.actions.chooseReasonError'));
      return;
    }
    try {
      await action.mutateAsync({ kind: 'close', reason, version: client.version });
      notifications.show({
        color: 'teal.9',
        message: t('casework.actions.closedNotice', { caseCode: isolate(client.caseCode) }),
      });
      close();
    } catch (failure) {
      setFormError(describeCaseworkError(failure, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('casework.actions.closeTitle')} centered>
      <Stack gap="md">
        <div role="alert">
          {formError ? (
            <Text size="sm" c="red.9" fw={600}>
              {formError}
            </Text>
          ) : null}
        </div>
        <Text size="sm">{t('casework.actions.closeBody', { caseCode: isolate(client.caseCode) })}</Text>
        <Select
          label={t('casework.actions.reason')}
          placeholder={t('casework.actions.chooseReason')}
          withAsterisk
          data-autofocus
          data={closeReasons.map((value) => ({ value, label: t(`casework.closeReason.${value}`) }))}
          value={reason}
          onChange={(value) => {
            setReason(closeReasons.find((candidate) => candidate === value) ?? null);
            setError(null);
          }}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={action.isPending} onClick={() => void confirm()}>
            {t('casework.actions.closeConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

export const ReopenCaseModal = ({ client, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const action = useClientAction(client.id);
  const [formError, setFormError] = useState<string | null>(null);
  const close = () => {
    setFormError(null);
    action.reset();
    onClose();
  };
  const confirm = async () => {
    try {
      await action.mutateAsync({ kind: 'reopen', version: client.version });
      notifications.show({
        color: 'teal.9',
        message: t('casework.actions.reopenedNotice', { caseCode: isolate(client.caseCode) }),
      });
      close();
    } catch (failure) {
      setFormError(describeCaseworkError(failure, t));
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t('casework.actions.reopenTitle')} centered>
      <Stack gap="md">
        <div role="alert">
          {formError ? (
            <Text size="sm" c="red.9" fw={600}>
              {formError}
            </Text>
          ) : null}
        </div>
        <Text size="sm">{t('casework.actions.reopenBody', { caseCode: isolate(client.caseCode) })}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button loading={action.isPending} onClick={() => void confirm()}>
            {t('casework.actions.reopenConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
