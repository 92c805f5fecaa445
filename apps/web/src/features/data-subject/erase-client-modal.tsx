import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type Client, type ErasureReason, erasureReasons } from '@pathways/contracts';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useCan } from '../auth/api';
import { isolate } from '../casework/casework-format';
import { useEraseClient } from './api';

type Props = { client: Client; opened: boolean; onClose: () => void };

const describeError = (error: unknown, t: TFunction): string => {
  if (isApiError(error)) {
    if (error.code === 'version_conflict') return t('dataSubject.erase.errors.versionConflict');
    if (error.status === 410) return t('dataSubject.erase.errors.alreadyErased');
    if (error.status === 403) return t('dataSubject.erase.errors.forbidden');
    if (error.status === 0) return t('common.networkError');
  }
  return t('dataSubject.erase.errors.failed');
};

/** Erasure for good: a reason, and the case code typed back, before anything happens. */
export const EraseClientModal = ({ client, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const canErase = useCan('clients.erase');
  const erase = useEraseClient(client.id);
  const [reason, setReason] = useState<ErasureReason | null>(null);
  const [typed, setTyped] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; caseCode?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  if (!canErase) return null;

  const close = () => {
    setReason(null);
    setTyped('');
    setErrors({});
    setFormError(null);
    erase.reset();
    onClose();
  };

  const confirm = async () => {
    const isCodeTyped = typed.trim().toUpperCase() === client.caseCode.toUpperCase();
    if (!reason || !isCodeTyped) {
      setErrors({
        reason: reason ? undefined : t('dataSubject.erase.chooseReasonError'),
        caseCode: isCodeTyped ? undefined : t('dataSubject.erase.mismatch'),
      });
      return;
    }
    try {
      await erase.mutateAsync({ reason, version: client.version });
      notifications.show({
        color: 'teal.9',
        message: t('dataSubject.erase.done', { caseCode: isolate(client.caseCode) }),
      });
      close();
    } catch (failure) {
      setFormError(describeError(failure, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('dataSubject.erase.title')} centered>
      <Stack gap="md">
        <div role="alert">
          {formError ? (
            <Text size="sm" c="red.9" fw={600}>
              {formError}
            </Text>
          ) : null}
        </div>
        <Text size="sm">{t('dataSubject.erase.body', { caseCode: isolate(client.caseCode) })}</Text>
        <Text size="sm" fw={600}>
          {t('dataSubject.erase.exportFirst')}
        </Text>
        <Select
          label={t('dataSubject.erase.reason')}
          placeholder={t('dataSubject.erase.chooseReason')}
          withAsterisk
          data-autofocus
          data={erasureReasons.map((value) => ({ value, label: t(`dataSubject.erase.reasons.${value}`) }))}
          value={reason}
          onChange={(value) => {
            setReason(erasureReasons.find((candidate) => candidate === value) ?? null);
            setErrors((e) => ({ ...e, reason: undefined }));
          }}
          error={errors.reason}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('dataSubject.erase.typeCaseCode', { caseCode: isolate(client.caseCode) })}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          value={typed}
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            setErrors((e) => ({ ...e, caseCode: undefined }));
          }}
          error={errors.caseCode}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={erase.isPending} onClick={() => void confirm()}>
            {t('dataSubject.erase.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
