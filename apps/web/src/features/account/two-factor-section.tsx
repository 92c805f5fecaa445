import { Alert, Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { MfaEnrolment } from '@pathways/contracts';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { describeAccountError } from './account-errors';
import { useDisableMfa, useMfaStatus, useRenewRecoveryCodes, useStartEnrolment } from './api';
import { CodePromptModal } from './code-prompt-modal';
import { EnrolmentPanel } from './enrolment-panel';
import { RecoveryCodesPanel } from './recovery-codes-panel';

export const TwoFactorSection = () => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const status = useMfaStatus();
  const start = useStartEnrolment();
  const disable = useDisableMfa();
  const renew = useRenewRecoveryCodes();
  // The secret and the recovery codes live in this component's memory only, and only while shown.
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [isDisableOpen, disableModal] = useDisclosure(false);
  const [isRenewOpen, renewModal] = useDisclosure(false);

  const begin = async () => {
    setStartError(null);
    try {
      setEnrolment(await start.mutateAsync());
    } catch (failure) {
      setStartError(describeAccountError(failure, t));
    }
  };

  const content = () => {
    if (recoveryCodes)
      return <RecoveryCodesPanel codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />;
    if (enrolment)
      return (
        <EnrolmentPanel
          enrolment={enrolment}
          onCancel={() => setEnrolment(null)}
          onConfirmed={(codes) => {
            setEnrolment(null);
            setRecoveryCodes(codes);
            notifications.show({ color: 'teal.9', message: t('account.mfa.enabledNotice') });
          }}
        />
      );
    if (status.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
    if (status.isError)
      return (
        <Alert color="red" variant="light">
          {t('common.loadFailed')}
        </Alert>
      );
    const mfa = status.data;
    if (!mfa.enabled)
      return (
        <Stack gap="sm" align="flex-start">
          <Badge color="gray" variant="light" leftSection={<IconShieldOff size={14} aria-hidden="true" />}>
            {t('account.mfa.off')}
          </Badge>
          <Text size="sm">{t('account.mfa.optionalHint')}</Text>
          {startError ? (
            <Text size="sm" c="red.9" role="alert">
              {startError}
            </Text>
          ) : null}
          <Button onClick={() => void begin()} loading={start.isPending}>
            {t('account.mfa.start')}
          </Button>
        </Stack>
      );
    return (
      <Stack gap="sm" align="flex-start">
        <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={14} aria-hidden="true" />}>
          {t('account.mfa.on')}
        </Badge>
        {mfa.enabledAt ? (
          <Text size="sm">{t('account.mfa.enabledAt', { date: formatDateTime(mfa.enabledAt) })}</Text>
        ) : null}
        <Text size="sm">{t('account.mfa.codesLeft', { count: mfa.recoveryCodesLeft })}</Text>
        {mfa.required ? <Text size="sm">{t('account.mfa.cannotDisable')}</Text> : null}
        <Group gap="sm">
          <Button variant="default" onClick={renewModal.open}>
            {t('account.mfa.renew')}
          </Button>
          {mfa.required ? null : (
            <Button variant="light" color="red" onClick={disableModal.open}>
              {t('account.mfa.disable')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="account-mfa">
      <Group gap="xs">
        <Title order={2} size="h3" id="account-mfa">
          {t('account.mfa.title')}
        </Title>
        {status.data?.required ? (
          <Badge color="indigo" variant="light">
            {t('account.mfa.required')}
          </Badge>
        ) : null}
      </Group>
      {content()}
      <CodePromptModal
        opened={isDisableOpen}
        onClose={disableModal.close}
        title={t('account.mfa.disableTitle')}
        body={t('account.mfa.disableBody')}
        submitLabel={t('account.mfa.disable')}
        allowsRecoveryCode
        isDanger
        onSubmit={async (body) => {
          await disable.mutateAsync(body);
          notifications.show({ color: 'teal.9', message: t('account.mfa.disabledNotice') });
        }}
      />
      <CodePromptModal
        opened={isRenewOpen}
        onClose={renewModal.close}
        title={t('account.mfa.renewTitle')}
        body={t('account.mfa.renewBody')}
        submitLabel={t('account.mfa.renew')}
        allowsRecoveryCode={false}
        onSubmit={async (body) => {
          setRecoveryCodes(await renew.mutateAsync(body.code ?? ''));
        }}
      />
    </Stack>
  );
};
