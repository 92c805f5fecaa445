import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { useCreateClient } from './api';
import { CentrePicker } from './centre-picker';
import { type ClientDraft, createClientDraft, toCreateBody } from './client-draft';
import { ClientForm } from './client-form';
import { describeSaveError } from './submit-errors';
import { useCentreChoices } from './use-centres';
import { type FieldErrorMap, validateCreateClient } from './validate';

export const NewClientPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createClient = useCreateClient();
  const { choices } = useCentreChoices();
  const [draft, setDraft] = useState<ClientDraft>(() => createClientDraft(currentLanguage(), null));
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [formError, setFormError] = useState<string | null>(null);
  const formErrorRef = useRef<HTMLDivElement>(null);
  // With a single centre there is nothing to choose.
  const effective: ClientDraft = {
    ...draft,
    centreId: draft.centreId ?? (choices.length === 1 ? (choices[0]?.id ?? null) : null),
  };

  const fail = (nextErrors: FieldErrorMap, message: string) => {
    setErrors(nextErrors);
    setFormError(message);
    requestAnimationFrame(() => formErrorRef.current?.focus());
  };

  const submit = async () => {
    const result = validateCreateClient(toCreateBody(effective), t);
    if (result.errors) return fail(result.errors, t('clients.form.checkFields'));
    setErrors({});
    setFormError(null);
    try {
      const client = await createClient.mutateAsync(result.body);
      notifications.show({
        color: 'teal.9',
        title: t('clients.form.registeredTitle'),
        message: t('clients.form.registered', { caseCode: client.caseCode }),
      });
      await navigate({ to: '/clients/$clientId', params: { clientId: client.id } });
    } catch (error) {
      const { errors: serverErrors, message } = describeSaveError(error, t);
      fail(serverErrors, message);
    }
  };

  return (
    <Page title={t('clients.form.newTitle')}>
      <ClientForm
        mode="create"
        draft={effective}
        onChange={setDraft}
        errors={errors}
        formError={formError}
        formErrorRef={formErrorRef}
        isSubmitting={createClient.isPending}
        submitLabel={t('clients.form.submitNew')}
        onSubmit={() => void submit()}
        onCancel={() => void navigate({ to: '/clients' })}
        centrePicker={
          <CentrePicker
            centres={choices}
            value={effective.centreId}
            onChange={(centreId) => setDraft({ ...draft, centreId })}
            error={errors.centreId}
          />
        }
      />
    </Page>
  );
};
