import { Alert, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { useMe } from '../auth/api';
import { PasswordSection } from './password-section';
import { SessionsSection } from './sessions-section';
import { TwoFactorSection } from './two-factor-section';

/** The signed-in user's own security: second factor, password, sessions. */
export const AccountPage = () => {
  const { t } = useTranslation();
  const me = useMe();
  // A session limited to enrolment can do nothing else: the other sections would only fail.
  const isEnrolmentOnly = me.security.mfaEnrolmentOnly;
  return (
    <Page title={t('account.title')}>
      {isEnrolmentOnly ? (
        <Alert
          color="orange"
          variant="light"
          title={t('account.enrolmentRequired.title')}
          icon={<IconShieldLock aria-hidden="true" />}
        >
          {t('account.enrolmentRequired.body')}
        </Alert>
      ) : (
        <Text>{t('account.intro')}</Text>
      )}
      <TwoFactorSection />
      {isEnrolmentOnly ? null : <PasswordSection />}
      {isEnrolmentOnly ? null : <SessionsSection />}
    </Page>
  );
};
