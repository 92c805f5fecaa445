import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Me } from '@pathways/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { completeSecondFactor } from '../auth/api';
import { cleanTotpCode, describeAccountError } from './account-errors';
import { OneTimeCodeInput } from './one-time-code-input';

type Props = {
  onSignedIn: (me: Me) => Promise<void>;
  /** Back to the password: the pending sign-in expired, or the person chose to start again. */
  onRestart: (message: string | null) => void;
};

/** The login page's second step: a code from the authenticator app, or a recovery code. */
export const SecondFactorStep = ({ onSignedIn, onRestart }: Props) => {
  const { t } = useTranslation();
  const [usesRecoveryCode, setUsesRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The field replaces the password form, and the other kind of code replaces it: follow with the focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run when the field is swapped
  useEffect(() => {
    inputRef.current?.focus();
  }, [usesRecoveryCode]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = cleanTotpCode(value);
    if (!usesRecoveryCode && !code) {
      setError(t('account.errors.codeFormat'));
      return;
    }
    if (usesRecoveryCode && !value.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(null);
    setIsSubmitting(true);
    try {
      const me = await completeSecondFactor(
        usesRecoveryCode ? { recoveryCode: value.trim() } : { code: code as string },
      );
      await onSignedIn(me);
    } catch (failure) {
      if (isApiError(failure) && failure.code === 'second_factor_expired') {
        onRestart(t('account.login.expired'));
        return;
      }
      setError(describeAccountError(failure, t));
      setValue('');
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="second-step-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="second-step-title">
          {t('account.login.secondStepTitle')}
        </Title>
        <Text size="sm">
          {usesRecoveryCode ? t('account.login.recoveryIntro') : t('account.login.secondStepIntro')}
        </Text>
        {usesRecoveryCode ? (
          <TextInput
            label={t('account.login.recoveryCode')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={error}
            aria-required="true"
            ref={inputRef}
          />
        ) : (
          <OneTimeCodeInput ref={inputRef} value={value} onChange={setValue} error={error} />
        )}
        <Anchor
          component="button"
          type="button"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => {
            setUsesRecoveryCode(!usesRecoveryCode);
            setValue('');
            setError(null);
          }}
        >
          {usesRecoveryCode ? t('account.login.useApp') : t('account.login.useRecovery')}
        </Anchor>
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            {t('account.login.submit')}
          </Button>
          <Button variant="default" onClick={() => onRestart(null)}>
            {t('account.login.back')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
