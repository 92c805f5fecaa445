import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { StandalonePage } from './standalone-page';

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <StandalonePage>
      <Page title={t('notFound.title')}>
        <Stack gap="sm">
          <Text>{t('notFound.body')}</Text>
          <Anchor component={Link} to="/">
            {t('common.backHome')}
          </Anchor>
        </Stack>
      </Page>
    </StandalonePage>
  );
};
