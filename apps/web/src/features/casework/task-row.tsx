import { ActionIcon, Badge, Checkbox, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Task } from '@pathways/contracts';
import { IconAlertTriangle, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateTaskStatus } from './api';
import { describeCaseworkError } from './casework-errors';
import { isolate, useDateFormat } from './casework-format';

/** Overdue is said in words (and an icon), the colour only repeats it. */
export const OverdueBadge = () => {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      color="red.9"
      radius="sm"
      tt="none"
      leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}
      style={{ flexShrink: 0 }}
    >
      {t('casework.tasks.overdue')}
    </Badge>
  );
};

export const TaskRow = ({ task, canWrite }: { task: Task; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { formatDay } = useDateFormat();
  const update = useUpdateTaskStatus(task.clientId);
  const detailsId = useId();
  // The box follows the click at once; the list catches up when the server has answered.
  const [pendingDone, setPendingDone] = useState<boolean | null>(null);
  const isDone = pendingDone ?? task.status === 'done';
  const isCancelled = task.status === 'cancelled';

  const toggle = async (checked: boolean) => {
    if (update.isPending) return;
    setPendingDone(checked);
    try {
      await update.mutateAsync({ task, status: checked ? 'done' : 'open' });
      notifications.show({
        color: 'teal.9',
        message: checked ? t('casework.tasks.doneNotice') : t('casework.tasks.reopenedNotice'),
      });
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: t('users.actionFailedTitle'),
        message: describeCaseworkError(error, t),
      });
    } finally {
      setPendingDone(null);
    }
  };

  const cancel = async () => {
    if (update.isPending) return;
    try {
      await update.mutateAsync({ task, status: 'cancelled' });
      notifications.show({ color: 'teal.9', message: t('casework.tasks.cancelledNotice') });
    } catch (error) {
      notifications.show({
        color: 'red.9',
        title: t('users.actionFailedTitle'),
        message: describeCaseworkError(error, t),
      });
    }
  };

  const title = (
    <Text span fw={600} td={isDone || isCancelled ? 'line-through' : undefined} dir="auto">
      {task.title}
    </Text>
  );
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="sm"
      style={task.isOverdue ? { borderInlineStart: '4px solid var(--mantine-color-red-9)' } : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          {canWrite && !isCancelled ? (
            <Checkbox
              checked={isDone}
              onChange={(event) => void toggle(event.currentTarget.checked)}
              label={title}
              aria-describedby={detailsId}
            />
          ) : (
            title
          )}
          {task.isOverdue ? <OverdueBadge /> : null}
          {canWrite && task.status === 'open' ? (
            <Tooltip label={t('casework.tasks.cancelTask')}>
              <ActionIcon
                variant="subtle"
                color="gray.9"
                aria-label={t('casework.tasks.cancelTaskLabel', { title: task.title })}
                onClick={() => void cancel()}
                loading={update.isPending}
              >
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          ) : null}
          {isDone ? (
            <Badge variant="outline" color="teal.9" radius="sm" tt="none" style={{ flexShrink: 0 }}>
              {t('casework.tasks.status.done')}
            </Badge>
          ) : null}
          {isCancelled ? (
            <Badge variant="outline" color="gray.7" radius="sm" tt="none" style={{ flexShrink: 0 }}>
              {t('casework.tasks.status.cancelled')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c={task.isOverdue ? 'red.9' : 'dimmed'} id={detailsId}>
          {t('casework.tasks.dueAndAssignee', {
            date: isolate(formatDay(task.dueOn)),
            name: isolate(task.assigneeName),
          })}
        </Text>
      </Stack>
    </Paper>
  );
};
