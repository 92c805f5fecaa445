import { Anchor, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Caseload, Task } from '@pathways/contracts';
import { IconAlertTriangle, IconCalendarDue, IconPhoneOff, IconUsers } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormatters } from '../../i18n/format';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { StatCard } from '../../ui/stat-card';
import { OverdueReferralsNotice } from '../referrals/overdue-referrals-notice';
import { useCaseload } from './api';
import { TasksChart } from './caseload-chart';
import { DEFAULT_NO_CONTACT_DAYS } from './caseload-query';
import { isolate, useDateFormat } from './casework-format';
import { OverdueBadge } from './task-row';

const dayChoices = [14, 30, 60, 90] as const;
type NoContact = z.infer<typeof Caseload>['withoutContact'][number];

const CaseCodeLink = ({ clientId, caseCode }: { clientId: string; caseCode: string }) => (
  <Anchor
    className="ltr-text"
    ff="monospace"
    fw={600}
    size="sm"
    renderRoot={(props) => <Link {...props} to="/clients/$clientId" params={{ clientId }} />}
  >
    {caseCode}
  </Anchor>
);

const ListSection = ({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) => {
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-end">
          <Title order={2} size="h4" id={titleId}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
};

const listStyle = { listStyle: 'none', padding: 0, margin: 0 } as const;

const TaskItems = ({ tasks }: { tasks: Task[] }) => {
  const { t } = useTranslation();
  const { formatDay } = useDateFormat();
  return (
    <Stack gap="xs" component="ul" style={listStyle}>
      {tasks.map((task) => (
        <Paper key={task.id} component="li" withBorder p="sm" radius="sm">
          <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <CaseCodeLink clientId={task.clientId} caseCode={task.caseCode} />
              <Text size="sm" fw={600} dir="auto">
                {task.title}
              </Text>
              <Text size="sm" c={task.isOverdue ? 'red.9' : 'dimmed'}>
                {t('casework.caseload.dueOn', { date: isolate(formatDay(task.dueOn)) })}
              </Text>
            </Stack>
            {task.isOverdue ? <OverdueBadge /> : null}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
};

const NoContactItems = ({ clients }: { clients: NoContact[] }) => {
  const { t } = useTranslation();
  const { formatDay } = useDateFormat();
  return (
    <Stack gap="xs" component="ul" style={listStyle}>
      {clients.map((client) => (
        <Paper key={client.clientId} component="li" withBorder p="sm" radius="sm">
          <Stack gap={2}>
            <Group gap="sm" wrap="wrap">
              <CaseCodeLink clientId={client.clientId} caseCode={client.caseCode} />
              <Text size="sm" dir="auto">
                {client.displayName}
              </Text>
            </Group>
            <Text size="sm" c="dimmed">
              {client.lastContactOn
                ? t('casework.caseload.lastContact', { date: isolate(formatDay(client.lastContactOn)) })
                : t('casework.caseload.noSessionYet')}
            </Text>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
};

export const CaseloadPage = () => {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const [days, setDays] = useState<number>(DEFAULT_NO_CONTACT_DAYS);
  const caseload = useCaseload(days);
  const data = caseload.data;
  return (
    <Page title={t('casework.caseload.title')}>
      <Text>{t('casework.caseload.intro')}</Text>
      {caseload.isPending ? <LoadingState /> : null}
      {caseload.isError ? <ErrorState onRetry={() => void caseload.refetch()} /> : null}
      {data ? (
        <>
          <SimpleGrid cols={{ base: 2, lg: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
            <StatCard
              label={t('casework.caseload.activeClients')}
              value={formatNumber(data.clients)}
              icon={<IconUsers size={20} />}
              emptyText={data.clients === 0 ? t('casework.caseload.activeClientsEmpty') : undefined}
            />
            <StatCard
              label={t('casework.caseload.overdue')}
              value={formatNumber(data.tasksOverdue.length)}
              icon={<IconAlertTriangle size={20} />}
            />
            <StatCard
              label={t('casework.caseload.dueThisWeek')}
              value={formatNumber(data.tasksDue.length)}
              icon={<IconCalendarDue size={20} />}
            />
            <StatCard
              label={t('casework.caseload.withoutContactCount', { days })}
              value={formatNumber(data.withoutContact.length)}
              icon={<IconPhoneOff size={20} />}
            />
          </SimpleGrid>
          <OverdueReferralsNotice />
          <TasksChart due={data.tasksDue} overdue={data.tasksOverdue} />
          <ListSection title={t('casework.caseload.overdueTitle')}>
            {data.tasksOverdue.length === 0 ? (
              <Text size="sm">{t('casework.caseload.overdueEmpty')}</Text>
            ) : (
              <TaskItems tasks={data.tasksOverdue} />
            )}
          </ListSection>
          <ListSection title={t('casework.caseload.dueTitle')}>
            {data.tasksDue.length === 0 ? (
              <Text size="sm">{t('casework.caseload.dueEmpty')}</Text>
            ) : (
              <TaskItems tasks={data.tasksDue} />
            )}
          </ListSection>
          <ListSection
            title={t('casework.caseload.withoutContactTitle')}
            actions={
              <Select
                label={t('casework.caseload.noContactFor')}
                allowDeselect={false}
                w={180}
                data={dayChoices.map((value) => ({
                  value: String(value),
                  label: t('casework.caseload.days', { count: value }),
                }))}
                value={String(days)}
                onChange={(value) => setDays(Number(value ?? days))}
                comboboxProps={{ withinPortal: true }}
              />
            }
          >
            <div aria-live="polite" aria-busy={caseload.isFetching}>
              {data.withoutContact.length === 0 ? (
                <Text size="sm">{t('casework.caseload.withoutContactEmpty', { days })}</Text>
              ) : (
                <NoContactItems clients={data.withoutContact} />
              )}
            </div>
          </ListSection>
        </>
      ) : null}
    </Page>
  );
};
