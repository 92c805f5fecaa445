import { SimpleGrid } from '@mantine/core';
import type { Summary } from '@pathways/contracts';
import { IconBuildingCommunity, IconHeartHandshake, IconUsers, IconWorld } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { StatCard } from '../../ui/stat-card';
import { useSummary } from './api';

const figures: { key: keyof Summary; icon: ReactNode }[] = [
  { key: 'countries', icon: <IconWorld size={20} /> },
  { key: 'centres', icon: <IconBuildingCommunity size={20} /> },
  { key: 'partnerOrganisations', icon: <IconHeartHandshake size={20} /> },
  { key: 'activeUsers', icon: <IconUsers size={20} /> },
];

export const SummaryStats = () => {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const summary = useSummary();
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <ErrorState onRetry={() => void summary.refetch()} />;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
      {figures.map(({ key, icon }) => {
        const value = summary.data[key];
        return (
          <StatCard
            key={key}
            label={t(`stats.${key}`)}
            value={formatNumber(value)}
            icon={icon}
            emptyText={value === 0 ? t(`stats.empty.${key}`) : undefined}
          />
        );
      })}
    </SimpleGrid>
  );
};
