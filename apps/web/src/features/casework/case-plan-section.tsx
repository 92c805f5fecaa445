import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Task } from '@pathways/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { AddTaskModal } from './add-task-modal';
import { useTasks } from './api';
import { groupByGoal } from './case-plan';
import { TaskRow } from './task-row';

const GoalGroup = ({ goal, items, canWrite }: { goal: string | null; items: Task[]; canWrite: boolean }) => {
  const { t } = useTranslation();
  const headingId = useId();
  const open = items.filter((task) => task.status === 'open').length;
  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Group gap="xs" wrap="wrap">
        <Title order={3} size="h5" id={headingId} dir="auto">
          {goal ?? t('casework.tasks.noGoal')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('casework.tasks.openCount', { count: open })}
        </Text>
      </Group>
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((task) => (
          <TaskRow key={task.id} task={task} canWrite={canWrite} />
        ))}
      </Stack>
    </Stack>
  );
};

export const CasePlanSection = ({ clientId, canWrite }: { clientId: string; canWrite: boolean }) => {
  const { t } = useTranslation();
  const tasks = useTasks(clientId);
  const [isOpen, modal] = useDisclosure(false);
  const titleId = useId();
  const groups = groupByGoal(tasks.data ?? []);
  const goals = groups.flatMap((group) => (group.goal ? [group.goal] : []));
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {t('casework.tasks.title')}
          </Title>
          {canWrite ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={modal.open}
            >
              {t('casework.tasks.add')}
            </Button>
          ) : null}
        </Group>
        {tasks.isPending ? <LoadingState /> : null}
        {tasks.isError ? <ErrorState onRetry={() => void tasks.refetch()} /> : null}
        {tasks.isSuccess && groups.length === 0 ? (
          <Text size="sm">{canWrite ? t('casework.tasks.empty') : t('casework.tasks.emptyReadOnly')}</Text>
        ) : null}
        {groups.map((group) => (
          <GoalGroup key={group.goal ?? ''} goal={group.goal} items={group.items} canWrite={canWrite} />
        ))}
      </Stack>
      {canWrite ? (
        <AddTaskModal clientId={clientId} goals={goals} opened={isOpen} onClose={modal.close} />
      ) : null}
    </Paper>
  );
};
