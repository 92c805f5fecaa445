import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import type { SecondFactorBody } from '@pathways/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanTotpCode, describeAccountError } from './account-errors';
import { OneTimeCodeInput } from './one-time-code-input';

type Props = {
  opened: boolean;
  onClose: () => void;
  title: string;
  body: string;
  submitLabel: string;
  /** Whether a recovery code may stand in for the app's code (to switch off after losing the phone). */
  allowsRecoveryCode: boolean;
  isDanger?: boolean;
  onSubmit: (body: SecondFactorBody) => Promise<void>;
};

/** Asks for a second factor before a change to it. */
export const CodePromptModal = ({
  opened,
  onClose,
  title,
  body,
  submitLabel,
  allowsRecoveryCode,
  isDanger,
  onSubmit,
}: Props) => {
  const { t } = useTranslation();
  const [usesRecoveryCode, setUsesRecoveryCode] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  const close = () => {
    setValue('');
    setError(null);
    setUsesRecoveryCode(false);
    onClose();
  };

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
    setIsSubmitting(true);
    try {
      await onSubmit(usesRecoveryCode ? { recoveryCode: value.trim() } : { code: code as string });
      close();
    } catch (failure) {
      setError(describeAccountError(failure, t));
      setValue('');
    } finally {
      setIsSubmitting(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text size="sm">{body}</Text>
          {usesRecoveryCode ? (
            <TextInput
              label={t('account.login.recoveryCode')}
              autoComplete="off"
              dir="ltr"
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
              error={error}
              data-autofocus
            />
          ) : (
            <OneTimeCodeInput value={value} onChange={setValue} error={error} focusInModal />
          )}
          {allowsRecoveryCode ? (
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
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={isDanger ? 'red.9' : undefined} loading={isSubmitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
