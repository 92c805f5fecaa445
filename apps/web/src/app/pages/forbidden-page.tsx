import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';

export const ForbiddenPage = () => {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')}>
      <Alert role="note" color="orange" variant="light" icon={<IconLock aria-hidden="true" />}>
        <Stack gap="xs">
          <Text size="sm">{t('forbidden.body')}</Text>
          <Anchor component={Link} to="/" size="sm">
            {t('common.backHome')}
          </Anchor>
        </Stack>
      </Alert>
    </Page>
  );
};
