import { Autocomplete, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CreateTaskBody } from '@pathways/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useMe } from '../auth/api';
import { useAssignableStaff, useCreateTask } from './api';
import { describeCaseworkError } from './casework-errors';
import { addDays, todayIso } from './casework-format';

type Props = { clientId: string; goals: string[]; opened: boolean; onClose: () => void };

const emptyDraft = () => ({ goal: '', title: '', dueOn: addDays(todayIso(), 7), assigneeId: '' });

export const AddTaskModal = ({ clientId, goals, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const create = useCreateTask(clientId);
  const me = useMe().user;
  const staff = useAssignableStaff(clientId, opened);
  // Me first; then colleagues by name. An empty choice means me (the server's default).
  const assigneeOptions = [
    { value: '', label: t('casework.tasks.me', { name: me.displayName }) },
    ...(staff.data ?? []).filter((s) => s.id !== me.id).map((s) => ({ value: s.id, label: s.displayName })),
  ];
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const close = () => {
    setDraft(emptyDraft());
    setErrors({});
    setFormError(null);
    create.reset();
    onClose();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateTaskBody.safeParse({
      goal: draft.goal.trim() || undefined,
      title: draft.title,
      dueOn: draft.dueOn,
      assigneeId: draft.assigneeId || undefined,
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        next[field] ??=
          issue.code === 'too_big'
            ? t('validation.maxLength', { max: 200 })
            : field === 'dueOn' && draft.dueOn
              ? t('casework.sessions.validation.date')
              : t('validation.required');
      }
      setErrors(next);
      setFormError(t('casework.errors.checkFields'));
      return;
    }
    try {
      await create.mutateAsync(parsed.data);
      notifications.show({ color: 'teal.9', message: t('casework.tasks.added') });
      close();
    } catch (error) {
      if (isApiError(error)) {
        const next: Record<string, string> = {};
        for (const fieldError of error.fieldErrors) next[fieldError.field] ??= fieldError.message;
        setErrors(next);
      }
      setFormError(describeCaseworkError(error, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('casework.tasks.addTitle')} fullScreen={isMobile}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div role="alert">
            {formError ? (
              <Text size="sm" c="red.9" fw={600}>
                {formError}
              </Text>
            ) : null}
          </div>
          <Autocomplete
            label={t('casework.tasks.goal')}
            description={t('casework.tasks.goalHint')}
            data-autofocus
            dir="auto"
            data={goals}
            value={draft.goal}
            onChange={(value) => setDraft((current) => ({ ...current, goal: value }))}
            error={errors.goal}
          />
          <TextInput
            label={t('casework.tasks.taskTitle')}
            withAsterisk
            dir="auto"
            value={draft.title}
            onChange={(event) => {
              const title = event.currentTarget.value;
              setDraft((current) => ({ ...current, title }));
            }}
            error={errors.title}
          />
          <TextInput
            type="date"
            label={t('casework.tasks.dueOn')}
            withAsterisk
            maw={220}
            value={draft.dueOn}
            onChange={(event) => {
              const dueOn = event.currentTarget.value;
              setDraft((current) => ({ ...current, dueOn }));
            }}
            error={errors.dueOn}
          />
          <NativeSelect
            label={t('casework.tasks.assignee')}
            description={t('casework.tasks.assigneeHint')}
            data={assigneeOptions}
            value={draft.assigneeId}
            onChange={(event) => {
              const assigneeId = event.currentTarget.value;
              setDraft((current) => ({ ...current, assigneeId }));
            }}
            error={errors.assigneeId}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('casework.tasks.addSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
