import { Alert, Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconKey, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCountries } from '../centres/api';
import { useAuditVerification } from './api';
import { ChainCard } from './chain-card';

/** Admins and auditors recompute every audit chain and check it against the signed heads. */
export const AuditVerifyPage = () => {
  const { t } = useTranslation();
  const { formatNumber, formatDateTime } = useFormatters();
  const verification = useAuditVerification();
  const countries = useCountries();
  const countryName = (code: string) => countries.data?.find((c) => c.code === code)?.name;
  const report = verification.data;
  const brokenCount = report?.chains.filter((c) => !c.isIntact).length ?? 0;

  return (
    <Page
      title={t('audit.verify.title')}
      actions={
        <Button
          leftSection={<IconRefresh size={16} aria-hidden="true" />}
          onClick={() => void verification.refetch()}
          loading={verification.isFetching}
        >
          {t('audit.verify.run')}
        </Button>
      }
    >
      <Text>{t('audit.verify.intro')}</Text>
      {verification.isPending ? <LoadingState /> : null}
      {verification.isError ? <ErrorState onRetry={() => void verification.refetch()} /> : null}
      {report ? (
        <Stack gap="md">
          <div role="status" aria-live="polite">
            {report.isIntact ? (
              <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
                {t('audit.verify.allIntact', {
                  chains: report.chains.length,
                  events: formatNumber(report.checked),
                  heads: formatNumber(report.headsChecked),
                  date: formatDateTime(report.verifiedAt),
                })}
              </Alert>
            ) : (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('audit.verify.brokenTitle')}
              >
                {t('audit.verify.someBroken', {
                  count: brokenCount,
                  total: report.chains.length,
                  date: formatDateTime(report.verifiedAt),
                })}
              </Alert>
            )}
          </div>
          {report.signingKey === 'development' ? (
            <Alert color="yellow" variant="light" icon={<IconKey aria-hidden="true" />}>
              {t('audit.verify.developmentKey')}
            </Alert>
          ) : null}
          {report.chains.length === 0 ? (
            <Text>{t('audit.verify.empty')}</Text>
          ) : (
            <SimpleGrid
              cols={{ base: 1, sm: 2, lg: 3 }}
              component="ul"
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
              aria-label={t('audit.verify.chainsLabel')}
            >
              {report.chains.map((verdict) => (
                <ChainCard key={verdict.chain} verdict={verdict} countryName={countryName(verdict.chain)} />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      ) : null}
    </Page>
  );
};
