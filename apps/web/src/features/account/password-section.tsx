import { Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { describeAccountError } from './account-errors';
import { useChangePassword } from './api';

const MIN_LENGTH = 12;

type Errors = { currentPassword?: string; newPassword?: string; form?: string };

export const PasswordSection = () => {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Errors = {};
    if (!currentPassword) found.currentPassword = t('validation.required');
    // Characters as people count them (an emoji is one), as the server counts them.
    if ([...newPassword].length < MIN_LENGTH) found.newPassword = t('account.password.tooShort');
    setErrors(found);
    if (found.currentPassword || found.newPassword) return;
    try {
      await change.mutateAsync({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      notifications.show({ color: 'teal.9', message: t('account.password.changed') });
    } catch (failure) {
      const message = describeAccountError(failure, t);
      const field = isApiError(failure) ? failure.fieldErrors[0]?.field : undefined;
      if (field === 'currentPassword') setErrors({ currentPassword: message });
      else if (field === 'newPassword') setErrors({ newPassword: message });
      else setErrors({ form: message });
    }
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="account-password">
      <Title order={2} size="h3" id="account-password">
        {t('account.password.title')}
      </Title>
      <Text size="sm">{t('account.password.intro')}</Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm" maw={420}>
          {errors.form ? (
            <Text size="sm" c="red.9" role="alert">
              {errors.form}
            </Text>
          ) : null}
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={errors.currentPassword}
            aria-required="true"
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.rules')}
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={errors.newPassword}
            aria-required="true"
          />
          <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('account.password.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
};
