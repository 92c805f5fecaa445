import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CreateSessionBody, counsellingTopics, sessionChannels, sessionFormats } from '@pathways/contracts';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useCodeList } from '../clients/code-lists';
import { useRecordSession } from './api';
import { describeCaseworkError } from './casework-errors';
import { todayIso } from './casework-format';

type Draft = {
  heldOn: string;
  channel: string | null;
  format: string;
  topics: string[];
  durationMinutes: number | string;
  notes: string;
  sensitiveNotes: string;
  nextSteps: string;
};

const emptyDraft = (): Draft => ({
  heldOn: todayIso(),
  channel: 'in_person',
  format: 'individual',
  topics: [],
  durationMinutes: 45,
  notes: '',
  sensitiveNotes: '',
  nextSteps: '',
});

type Props = { clientId: string; opened: boolean; onClose: () => void };

export const RecordSessionModal = ({ clientId, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const topicList = useCodeList('counselling_topics');
  const channelList = useCodeList('session_channels');
  const record = useRecordSession(clientId);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const update = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));

  // The code list gives the labels; the contract's enum stays the source of the codes.
  const topicLabel = (code: string) => topicList.labelOf(code) ?? code;
  const channelOptions = sessionChannels.map((code) => ({
    value: code,
    label: channelList.labelOf(code) ?? code,
  }));

  const close = () => {
    setDraft(emptyDraft());
    setErrors({});
    setFormError(null);
    record.reset();
    onClose();
  };

  const messageFor = (field: string, code: string): string => {
    if (field === 'heldOn')
      return code === 'custom'
        ? t('casework.sessions.validation.future')
        : t('casework.sessions.validation.date');
    if (field === 'topics') return t('casework.sessions.validation.topics');
    if (field === 'durationMinutes') return t('casework.sessions.validation.duration');
    if (code === 'too_big') return t('validation.maxLength', { max: field === 'nextSteps' ? 2000 : 10000 });
    return t('validation.required');
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = CreateSessionBody.safeParse({
      heldOn: draft.heldOn,
      channel: draft.channel ?? undefined,
      format: draft.format,
      topics: draft.topics,
      durationMinutes: typeof draft.durationMinutes === 'number' ? draft.durationMinutes : undefined,
      notes: draft.notes,
      sensitiveNotes: draft.sensitiveNotes.trim() ? draft.sensitiveNotes : undefined,
      nextSteps: draft.nextSteps,
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        next[field] ??= messageFor(field, issue.code);
      }
      setErrors(next);
      setFormError(t('casework.errors.checkFields'));
      return;
    }
    try {
      await record.mutateAsync(parsed.data);
      notifications.show({ color: 'teal.9', message: t('casework.sessions.recorded') });
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
    <Modal
      opened={opened}
      onClose={close}
      title={t('casework.sessions.recordTitle')}
      fullScreen={isMobile}
      size="lg"
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <div role="alert">
            {formError ? (
              <Text size="sm" c="red.9" fw={600}>
                {formError}
              </Text>
            ) : null}
          </div>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('casework.sessions.heldOn')}
              withAsterisk
              data-autofocus
              max={todayIso()}
              value={draft.heldOn}
              onChange={(event) => update({ heldOn: event.currentTarget.value })}
              error={errors.heldOn}
            />
            <Select
              label={t('casework.sessions.channel')}
              withAsterisk
              allowDeselect={false}
              data={channelOptions}
              value={draft.channel}
              onChange={(value) => update({ channel: value })}
              error={errors.channel}
            />
          </SimpleGrid>
          <Radio.Group
            label={t('casework.sessions.format')}
            withAsterisk
            value={draft.format}
            onChange={(value) => update({ format: value })}
            error={errors.format}
          >
            <Group gap="lg" mt={4}>
              {sessionFormats.map((format) => (
                <Radio key={format} value={format} label={t(`casework.sessions.formats.${format}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Checkbox.Group
            label={t('casework.sessions.topics')}
            description={t('casework.sessions.topicsHint')}
            withAsterisk
            value={draft.topics}
            onChange={(value) => update({ topics: value })}
            error={errors.topics}
          >
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {counsellingTopics.map((topic) => (
                <Checkbox key={topic} value={topic} label={topicLabel(topic)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <NumberInput
            label={t('casework.sessions.duration')}
            withAsterisk
            min={1}
            max={600}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            maw={220}
            value={draft.durationMinutes}
            onChange={(value) => update({ durationMinutes: value })}
            error={errors.durationMinutes}
          />
          <Textarea
            label={t('casework.sessions.notes')}
            autosize
            minRows={3}
            maxRows={10}
            dir="auto"
            value={draft.notes}
            onChange={(event) => update({ notes: event.currentTarget.value })}
            error={errors.notes}
          />
          <Textarea
            label={t('casework.sessions.sensitiveNotes')}
            description={t('casework.sessions.sensitiveNotesHint')}
            leftSection={<IconLock size={16} aria-hidden="true" />}
            leftSectionProps={{ style: { alignItems: 'flex-start', paddingTop: 8 } }}
            autosize
            minRows={2}
            maxRows={8}
            dir="auto"
            value={draft.sensitiveNotes}
            onChange={(event) => update({ sensitiveNotes: event.currentTarget.value })}
            error={errors.sensitiveNotes}
          />
          <Textarea
            label={t('casework.sessions.nextSteps')}
            autosize
            minRows={2}
            maxRows={6}
            dir="auto"
            value={draft.nextSteps}
            onChange={(event) => update({ nextSteps: event.currentTarget.value })}
            error={errors.nextSteps}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('casework.sessions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
