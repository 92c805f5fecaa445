import { Button, Group, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import type { Me } from '@pathways/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearch } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { StandalonePage } from '../../app/pages/standalone-page';
import { safeRedirectTarget } from '../../app/redirect-target';
import { adoptAccountLanguage } from '../../i18n/i18n';
import { Page } from '../../ui/page';
import { SecondFactorStep } from '../account/second-factor-step';
import { DirectoryLink } from '../offers/directory-link';
import { SelfCheckLink } from '../pathways/self-check-link';
import { authKeys, isSecondFactorChallenge, login, useMeta } from './api';
import { DemoAccounts } from './demo-accounts';

type FieldErrors = { email?: string; password?: string };

const messageKeyFor = (error: unknown): string => {
  if (isApiError(error)) {
    if (error.status === 429 || error.code === 'too_many_attempts') return 'login.tooManyAttempts';
    if (error.status === 401 || error.status === 400 || error.status === 422)
      return 'login.invalidCredentials';
    if (error.status === 0) return 'common.networkError';
  }
  return 'login.failed';
};

export const LoginPage = () => {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/login' });
  const meta = useMeta();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [needsSecondFactor, setNeedsSecondFactor] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const finishSignIn = async (me: Me) => {
    queryClient.setQueryData(authKeys.me, me);
    await adoptAccountLanguage(me.user.locale);
    router.history.push(safeRedirectTarget(search.redirect));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = t('validation.required');
    if (!password) errors.password = t('validation.required');
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;

    setIsSubmitting(true);
    try {
      const result = await login(email.trim(), password);
      if (isSecondFactorChallenge(result)) {
        setPassword('');
        setNeedsSecondFactor(true);
        return;
      }
      await finishSignIn(result);
    } catch (error) {
      setFormError(t(messageKeyFor(error)));
      setPassword('');
    } finally {
      setIsSubmitting(false);
    }
  };

  const pickDemoAccount = (demoEmail: string) => {
    setEmail(demoEmail);
    setPassword(meta.data?.demoPassword ?? '');
    setFieldErrors({});
    setFormError(null);
    passwordRef.current?.focus();
  };

  return (
    <StandalonePage width={600}>
      <Page title={t('login.title')}>
        <Text size="sm">{t('login.intro')}</Text>
        {needsSecondFactor ? (
          <SecondFactorStep
            onSignedIn={finishSignIn}
            onRestart={(message) => {
              setNeedsSecondFactor(false);
              setFormError(message);
            }}
          />
        ) : null}
        <form onSubmit={(event) => void submit(event)} noValidate hidden={needsSecondFactor}>
          <Stack gap="md">
            <div role="alert">
              {formError ? (
                <Paper
                  withBorder
                  p="sm"
                  radius="md"
                  bg="red.0"
                  style={{ borderColor: 'var(--mantine-color-red-3)' }}
                >
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <IconAlertCircle size={20} color="var(--mantine-color-red-9)" aria-hidden="true" />
                    <Text size="sm" c="red.9" fw={600}>
                      {formError}
                    </Text>
                  </Group>
                </Paper>
              ) : null}
            </div>
            <TextInput
              label={t('login.email')}
              type="email"
              autoComplete="username"
              inputMode="email"
              dir="ltr"
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={fieldErrors.email}
              aria-required="true"
            />
            <PasswordInput
              ref={passwordRef}
              label={t('login.password')}
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors.password}
              aria-required="true"
            />
            <Button type="submit" loading={isSubmitting} fullWidth>
              {t('login.submit')}
            </Button>
          </Stack>
        </form>
        <Stack gap="xs">
          <SelfCheckLink />
          <DirectoryLink />
        </Stack>
        {meta.data?.demo && !meta.data.mfaRequired ? (
          <Text size="sm">{t('account.login.demoNoMfa')}</Text>
        ) : null}
        {meta.data?.demo && meta.data.demoAccounts?.length ? (
          <DemoAccounts
            accounts={meta.data.demoAccounts}
            password={meta.data.demoPassword ?? ''}
            onPick={pickDemoAccount}
          />
        ) : null}
      </Page>
    </StandalonePage>
  );
};
