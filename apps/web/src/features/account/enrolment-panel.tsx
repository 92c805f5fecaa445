import { Button, Code, Group, Image, Paper, Stack, Text } from '@mantine/core';
import type { MfaEnrolment } from '@pathways/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanTotpCode, describeAccountError } from './account-errors';
import { useConfirmEnrolment } from './api';
import { OneTimeCodeInput } from './one-time-code-input';

type Props = {
  enrolment: MfaEnrolment;
  onConfirmed: (recoveryCodes: string[]) => void;
  onCancel: () => void;
};

// Four characters at a time, as authenticator apps show keys: easier to type without a slip.
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export const EnrolmentPanel = ({ enrolment, onConfirmed, onCancel }: Props) => {
  const { t } = useTranslation();
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clean = cleanTotpCode(code);
    if (!clean) {
      setError(t('account.errors.codeFormat'));
      return;
    }
    setError(null);
    try {
      const { recoveryCodes } = await confirm.mutateAsync(clean);
      onConfirmed(recoveryCodes);
    } catch (failure) {
      setError(describeAccountError(failure, t));
      setCode('');
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fw={600}>{t('account.mfa.scan')}</Text>
          <Group align="flex-start" gap="lg">
            <Image
              src={enrolment.qrCode}
              alt={t('account.mfa.qrAlt')}
              w={200}
              h={200}
              bg="white"
              radius="sm"
            />
            <Stack gap={4} maw={420}>
              <Text size="sm">{t('account.mfa.manual')}</Text>
              <Code block className="ltr-text" fz="md" style={{ whiteSpace: 'pre-wrap' }}>
                {grouped(enrolment.secret)}
              </Code>
              <Text size="xs" c="dimmed">
                {t('account.mfa.manualSettings')}
              </Text>
            </Stack>
          </Group>
          <Text fw={600}>{t('account.mfa.enterCode')}</Text>
          <OneTimeCodeInput value={code} onChange={setCode} error={error} />
          <Group gap="sm">
            <Button type="submit" loading={confirm.isPending}>
              {t('account.mfa.confirm')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
};
