import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { isApiError } from '../api-client';
import { StandalonePage } from './standalone-page';

/** The error boundary's content; rendered inside the shell for a failing page. */
export const ErrorPanel = ({ error, reset }: ErrorComponentProps) => {
  const { t } = useTranslation();
  const router = useRouter();
  const code = isApiError(error) ? error.code : null;
  const retry = () => {
    reset();
    void router.invalidate();
  };
  return (
    <Page title={t('error.title')}>
      <Stack gap="sm" role="alert">
        <Text>{t('error.body')}</Text>
        {code ? (
          <Text size="sm">
            {t('error.code')} <Code>{code}</Code>
          </Text>
        ) : null}
      </Stack>
      <Group>
        <Button leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={retry}>
          {t('common.retry')}
        </Button>
        <Button variant="default" onClick={() => window.location.assign('/')}>
          {t('common.backHome')}
        </Button>
      </Group>
    </Page>
  );
};

/** Used when the shell itself could not load (e.g. the server is down). */
export const StandaloneErrorPage = (props: ErrorComponentProps) => (
  <StandalonePage>
    <ErrorPanel {...props} />
  </StandalonePage>
);
