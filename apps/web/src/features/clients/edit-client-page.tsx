import { Alert, Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Client } from '@pathways/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { currentLanguage } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useClient, useUpdateClient } from './api';
import { type ClientDraft, draftFromClient, toUpdateBody } from './client-draft';
import { ClientForm } from './client-form';
import { describeSaveError } from './submit-errors';
import { type FieldErrorMap, validateUpdateClient } from './validate';

const EditClientForm = ({
  client,
  onReload,
}: {
  client: Client;
  onReload: () => Promise<Client | undefined>;
}) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const updateClient = useUpdateClient(client.id);
  const [version, setVersion] = useState(client.version);
  const [draft, setDraft] = useState<ClientDraft>(() => draftFromClient(client, currentLanguage()));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [hasConflict, setHasConflict] = useState(false);
  const formErrorRef = useRef<HTMLDivElement>(null);
  const openClient = () => navigate({ to: '/clients/$clientId', params: { clientId: client.id } });

  const fail = (nextErrors: FieldErrorMap, message: string) => {
    setErrors(nextErrors);
    setFormError(message);
    requestAnimationFrame(() => formErrorRef.current?.focus());
  };

  const submit = async () => {
    const result = validateUpdateClient(toUpdateBody(draft, version), t);
    if (result.errors) return fail(result.errors, t('clients.form.checkFields'));
    setErrors({});
    setFormError(null);
    try {
      await updateClient.mutateAsync(result.body);
      notifications.show({
        color: 'teal.9',
        message: t('clients.form.saved', { caseCode: client.caseCode }),
      });
      await openClient();
    } catch (error) {
      if (isApiError(error) && error.code === 'version_conflict') {
        setHasConflict(true);
        return fail({}, t('clients.conflict.title'));
      }
      const { errors: serverErrors, message } = describeSaveError(error, t);
      fail(serverErrors, message);
    }
  };

  const reload = async () => {
    const latest = await onReload();
    if (!latest) return;
    setDraft(draftFromClient(latest, currentLanguage()));
    setVersion(latest.version);
    setHasConflict(false);
    setErrors({});
    setFormError(null);
  };

  const conflict = hasConflict ? (
    <Alert
      color="orange"
      variant="light"
      title={t('clients.conflict.title')}
      styles={{ label: { color: 'var(--mantine-color-gray-9)' } }}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('clients.conflict.body')}</Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={14} aria-hidden="true" />}
          onClick={() => void reload()}
        >
          {t('clients.conflict.reload')}
        </Button>
      </Stack>
    </Alert>
  ) : null;

  return (
    <ClientForm
      mode="edit"
      draft={draft}
      onChange={setDraft}
      errors={errors}
      formError={hasConflict ? conflict : formError}
      formErrorRef={formErrorRef}
      isSubmitting={updateClient.isPending}
      submitLabel={t('clients.form.submitEdit')}
      onSubmit={() => void submit()}
      onCancel={() => void openClient()}
      clientId={client.id}
    />
  );
};

export const EditClientPage = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const client = useClient(clientId);
  return (
    <Page title={t('clients.form.editTitle')}>
      {client.isPending ? <LoadingState /> : null}
      {client.isError ? (
        <ErrorState
          onRetry={() => void client.refetch()}
          message={
            isApiError(client.error) && client.error.status === 404 ? t('clients.notFound') : undefined
          }
        />
      ) : null}
      {client.data ? (
        <EditClientForm
          key={client.data.id}
          client={client.data}
          onReload={async () => (await client.refetch()).data}
        />
      ) : null}
    </Page>
  );
};
