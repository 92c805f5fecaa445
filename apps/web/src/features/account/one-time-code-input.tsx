import { TextInput } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  label?: string;
  ref?: Ref<HTMLInputElement>;
  /** Takes the focus when it opens inside a modal (Mantine's data-autofocus). */
  focusInModal?: boolean;
};

/** The 6-digit code from an authenticator app; phones and password managers fill it in. */
export const OneTimeCodeInput = ({ value, onChange, error, label, ref, focusInModal }: Props) => {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={ref}
      label={label ?? t('account.mfa.code')}
      description={t('account.mfa.codeHint')}
      autoComplete="one-time-code"
      inputMode="numeric"
      dir="ltr"
      maxLength={7}
      size="md"
      w={{ base: '100%', xs: 300 }}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      aria-required="true"
      data-autofocus={focusInModal ? true : undefined}
    />
  );
};
