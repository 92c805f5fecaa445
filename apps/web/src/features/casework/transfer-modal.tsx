import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client } from '@pathways/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountries } from '../centres/api';
import { useClientAction } from './api';
import { describeCaseworkError } from './casework-errors';
import { isolate } from './casework-format';

type Props = { client: Client; opened: boolean; onClose: () => void };

export const TransferModal = ({ client, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const countries = useCountries();
  const action = useClientAction(client.id);
  const [centreId, setCentreId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const centres = countries.data?.find((country) => country.code === client.countryCode)?.centres ?? [];
  const options = centres
    .filter((centre) => centre.id !== client.centreId)
    .map((centre) => ({ value: centre.id, label: `${centre.name} · ${centre.city}` }));
  const chosen = centres.find((centre) => centre.id === centreId);

  const close = () => {
    setCentreId(null);
    setError(null);
    setFormError(null);
    action.reset();
    onClose();
  };

  const confirm = async () => {
    if (!centreId) {
      setError(t('casework.actions.chooseCentreError'));
      return;
    }
    try {
      const result = await action.mutateAsync({ kind: 'transfer', centreId, version: client.version });
      const centre = isolate(chosen ? chosen.name : '');
      const caseCode = isolate(client.caseCode);
      if (result === null) {
        // The case now lives where this user cannot see it: leave its page.
        notifications.show({
          color: 'teal.9',
          message: t('casework.actions.transferredAway', { caseCode, centre }),
        });
        close();
        await navigate({ to: '/clients' });
        return;
      }
      notifications.show({
        color: 'teal.9',
        message: t('casework.actions.transferredNotice', { caseCode, centre }),
      });
      close();
    } catch (failure) {
      setFormError(describeCaseworkError(failure, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('casework.actions.transferTitle')} centered>
      <Stack gap="md">
        <div role="alert">
          {formError ? (
            <Text size="sm" c="red.9" fw={600}>
              {formError}
            </Text>
          ) : null}
        </div>
        <Text size="sm">{t('casework.actions.transferBody')}</Text>
        <Select
          label={t('casework.actions.newCentre')}
          placeholder={t('casework.actions.chooseCentre')}
          withAsterisk
          data-autofocus
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data={options}
          value={centreId}
          onChange={(value) => {
            setCentreId(value);
            setError(null);
          }}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
        {countries.isSuccess && options.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('casework.actions.noOtherCentre')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button loading={action.isPending} disabled={options.length === 0} onClick={() => void confirm()}>
            {t('casework.actions.transferConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};
