import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { indicatorNotes, noteText } from '@pathways/domain/indicators';
import { IconDownload, IconInfoCircle, IconPrinter } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useMe } from '../auth/api';
import { useCountries } from '../centres/api';
import { useIndicatorReport } from './api';
import { DefinitionsPanel } from './definitions-panel';
import {
  AgeSexCard,
  DrillDownCard,
  MonthCard,
  OutcomesCard,
  ReferralFunnelCard,
  TableCard,
} from './figure-cards';
import { DrillBreadcrumb, FilterSummary } from './filter-summary';
import { HeadlineFigures } from './headline-figures';
import { IndicatorFilters } from './indicator-filters';
import { exportHref, type IndicatorSearch, withCentre, withCountry } from './indicator-search';
import { useIndicatorText } from './labels';
import { breakdownOfLevel, drillOf, type Reach, reachOf } from './reach';
import './indicators-print.css';

const SectionTitle = ({ children }: { children: string }) => (
  <Title order={2} size="h4">
    {children}
  </Title>
);

const Dashboard = ({ search, reach }: { search: IndicatorSearch; reach: Reach }) => {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const navigate = useNavigate();
  const today = useMemo(() => new Date(), []);
  const drill = drillOf(reach, search);
  const breakdown = breakdownOfLevel[drill.level];
  const main = useIndicatorReport(search, breakdown);
  const months = useIndicatorReport(search, 'month', drill.level !== 'month');
  const ages = useIndicatorReport(search, 'age_group');
  const monthReport = drill.level === 'month' ? main.data : months.data;

  const setSearch = (next: IndicatorSearch, isStep = false) =>
    void navigate({ to: '/indicators', search: next, replace: !isStep });
  const openRow =
    drill.level === 'country'
      ? (code: string) => setSearch(withCountry(search, code), true)
      : drill.level === 'centre'
        ? (id: string) => {
            const centre = drill.country?.centres.find((c) => c.id === id);
            if (centre) setSearch(withCentre(search, centre.id, centre.countryCode), true);
          }
        : undefined;

  const report = main.data;
  const isBusy = main.isFetching || months.isFetching || ages.isFetching;
  const errorMessage =
    isApiError(main.error) && main.error.status === 404
      ? t('indicators.errors.outOfReach')
      : isApiError(main.error) && main.error.status === 400
        ? t('indicators.errors.badFilters')
        : undefined;

  return (
    <Page
      title={t('indicators.title')}
      actions={
        <Group gap="xs" className="indicators-no-print">
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden="true" />}
            onClick={() => window.print()}
          >
            {t('indicators.actions.print')}
          </Button>
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button
              key={format}
              component="a"
              variant="default"
              href={exportHref(search, breakdown, format, text.lang)}
              download
              leftSection={<IconDownload size={16} aria-hidden="true" />}
            >
              {t(`indicators.actions.${format}`)}
            </Button>
          ))}
        </Group>
      }
    >
      <Text className="indicators-no-print">{t('indicators.intro')}</Text>
      <IndicatorFilters search={search} reach={reach} today={today} onChange={(next) => setSearch(next)} />
      <DrillBreadcrumb
        drill={drill}
        onAllCountries={() => setSearch(withCountry(search, undefined), true)}
        onCountry={() => setSearch(withCentre(search, undefined), true)}
      />
      {main.isPending ? <LoadingState /> : null}
      {main.isError ? <ErrorState onRetry={() => void main.refetch()} message={errorMessage} /> : null}
      {report ? (
        <Stack gap="lg" aria-busy={isBusy} style={{ opacity: isBusy ? 0.7 : 1, transition: 'opacity 120ms' }}>
          <FilterSummary report={report} drill={drill} />
          {report.suppression.applied ? (
            <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden="true" />}>
              <Text size="sm">
                {noteText(indicatorNotes[0] ?? { en: '', fr: '', ar: '' }, text.lang, report.suppression.k)}
              </Text>
            </Alert>
          ) : null}
          <SectionTitle>{t('indicators.sections.headline')}</SectionTitle>
          <HeadlineFigures report={report} />
          <SectionTitle>{t('indicators.sections.charts')}</SectionTitle>
          {drill.level === 'month' ? null : <DrillDownCard report={report} onOpen={openRow} />}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" className="indicators-grid">
            {monthReport ? <MonthCard report={monthReport} /> : null}
            {ages.data ? <AgeSexCard report={ages.data} /> : null}
            <ReferralFunnelCard report={report} />
            <OutcomesCard report={report} />
          </SimpleGrid>
          <SectionTitle>{t('indicators.sections.more')}</SectionTitle>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" className="indicators-grid">
            <TableCard report={report} id="referrals_by_sex" />
            <TableCard report={report} id="referrals_by_partner_type" />
            <TableCard report={report} id="returnees_reintegration" />
            <TableCard report={report} id="event_participants" />
            <TableCard report={report} id="people_reached" />
          </SimpleGrid>
          <DefinitionsPanel k={report.suppression.k} />
        </Stack>
      ) : null}
    </Page>
  );
};

/** The programme's indicators for the user's reach: filters, key figures, charts, tables, files. */
export const IndicatorsPage = ({ search }: { search: IndicatorSearch }) => {
  const { t } = useTranslation();
  const me = useMe();
  const countries = useCountries();
  const reach = useMemo(
    () => (countries.data ? reachOf(me.memberships, countries.data) : null),
    [me.memberships, countries.data],
  );
  if (countries.isError)
    return (
      <Page title={t('indicators.title')}>
        <ErrorState onRetry={() => void countries.refetch()} />
      </Page>
    );
  if (!reach)
    return (
      <Page title={t('indicators.title')}>
        <LoadingState />
      </Page>
    );
  return <Dashboard search={search} reach={reach} />;
};
