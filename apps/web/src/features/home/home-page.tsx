import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { useMe } from '../auth/api';
import { MembershipCard } from './membership-card';
import { SummaryStats } from './summary-stats';

export const HomePage = () => {
  const { t } = useTranslation();
  const me = useMe();
  const canReadSummary = me.permissions.includes('summary.read');
  return (
    <Page title={t('home.greeting', { name: me.user.displayName })} documentTitle={t('home.title')}>
      <Text>{t('home.intro')}</Text>

      <Stack gap="sm" component="section" aria-labelledby="home-roles">
        <Title order={2} size="h3" id="home-roles">
          {t('home.rolesTitle', { count: me.memberships.length })}
        </Title>
        {me.memberships.length === 0 ? (
          <Alert role="note" variant="light" color="gray" icon={<IconInfoCircle aria-hidden="true" />}>
            {t('home.noMemberships')}
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {me.memberships.map((membership) => (
              <MembershipCard key={membership.id} membership={membership} />
            ))}
          </SimpleGrid>
        )}
      </Stack>

      {canReadSummary ? (
        <Stack gap="sm" component="section" aria-labelledby="home-figures">
          <Title order={2} size="h3" id="home-figures">
            {t('home.figuresTitle')}
          </Title>
          <SummaryStats />
        </Stack>
      ) : null}

      <Text size="sm" c="dimmed">
        {t('home.comingSoon')}
      </Text>
    </Page>
  );
};
