import {
  Badge,
  Button,
  Center,
  Group,
  Modal,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { eventKinds, type GroupEventSummary } from '@pathways/contracts';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { useCentreChoices } from '../clients/use-centres';
import { describeSaveFailure } from '../offers/form-errors';
import { useDeleteEvent, useEvent, useEventList } from './api';
import { EventFormModal } from './event-form-modal';
import { EVENTS_PAGE_SIZE, type EventListSearch } from './event-search';

const useHeldOnFormat = () => {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (isoDate: string) => format.format(new Date(`${isoDate}T00:00:00Z`));
};

type RowProps = {
  event: GroupEventSummary;
  centreName: string | null;
  canWrite: boolean;
  onEdit: () => void;
  onDelete: () => void;
};

const EventRow = ({ event, centreName, canWrite, onEdit, onDelete }: RowProps) => {
  const { t } = useTranslation();
  const formatHeldOn = useHeldOnFormat();
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={700} dir="auto">
            {event.title}
          </Text>
          <Group gap={6} wrap="wrap">
            <Badge variant="light" color="indigo.9" tt="none">
              {t(`events.kinds.${event.kind}`)}
            </Badge>
            <Badge variant="outline" color="gray.8" tt="none">
              {t(`events.channels.${event.channel}`)}
            </Badge>
          </Group>
          <Text size="sm">
            {formatHeldOn(event.heldOn)}
            {centreName ? ` · ${centreName}` : ''}
            {event.location ? ` · ${event.location}` : ''}
          </Text>
          <Text size="sm" c="dimmed">
            {t('events.list.participants', { count: event.participantsTotal })}
            {event.attendeeCount > 0
              ? ` · ${t('events.list.attendees', { count: event.attendeeCount })}`
              : ''}
          </Text>
        </Stack>
        {canWrite ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden="true" />}
              aria-label={t('events.list.editNamed', { title: event.title })}
              onClick={onEdit}
            >
              {t('events.list.edit')}
            </Button>
            <Button
              size="xs"
              variant="default"
              color="red.9"
              leftSection={<IconTrash size={14} aria-hidden="true" />}
              aria-label={t('events.list.deleteNamed', { title: event.title })}
              onClick={onDelete}
            >
              {t('events.list.delete')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
};

/** Loads the whole event (notes, attendees) before the form opens on it. */
const EditEvent = ({ eventId, onClose }: { eventId: string; onClose: () => void }) => {
  const event = useEvent(eventId);
  if (event.isError) return <ErrorState onRetry={() => void event.refetch()} />;
  return event.data ? <EventFormModal opened event={event.data} onClose={onClose} /> : null;
};

const DeleteEvent = ({ event, onClose }: { event: GroupEventSummary; onClose: () => void }) => {
  const { t } = useTranslation();
  const remove = useDeleteEvent();
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    try {
      await remove.mutateAsync({ eventId: event.id, version: event.version });
      notifications.show({ color: 'teal.9', message: t('events.delete.done', { title: event.title }) });
      onClose();
    } catch (failure) {
      setError(describeSaveFailure(failure, t).message);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('events.delete.title')}>
      <Stack gap="md">
        <Text size="sm">{t('events.delete.body', { title: event.title })}</Text>
        <div role="alert">
          {error ? (
            <Text size="sm" c="red.9">
              {error}
            </Text>
          ) : null}
        </div>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => void confirm()}>
            {t('events.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** Group events and outreach in the user's reach: information sessions, job fairs, outreach. */
export const EventsPage = ({ search }: { search: EventListSearch }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('events.write');
  const { choices, centreName } = useCentreChoices();
  const list = useEventList(search);
  const [isCreating, setCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<GroupEventSummary | null>(null);
  const setSearch = (next: EventListSearch) => void navigate({ to: '/events', search: next, replace: true });
  const setFilter = (patch: Partial<EventListSearch>) => {
    const { page: _, ...rest } = { ...search, ...patch };
    setSearch(Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) as EventListSearch);
  };
  const pageCount = Math.max(1, Math.ceil((list.data?.total ?? 0) / EVENTS_PAGE_SIZE));

  return (
    <Page
      title={t('events.title')}
      actions={
        canWrite ? (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setCreating(true)}>
            {t('events.list.new')}
          </Button>
        ) : null
      }
    >
      <Text>{t('events.intro')}</Text>
      <Group gap="sm" align="flex-end" wrap="wrap" component="section" aria-label={t('events.filters.title')}>
        <TextInput
          type="date"
          label={t('events.filters.from')}
          value={search.from ?? ''}
          onChange={(e) => setFilter({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('events.filters.to')}
          value={search.to ?? ''}
          onChange={(e) => setFilter({ to: e.currentTarget.value || undefined })}
        />
        {choices.length > 1 ? (
          <NativeSelect
            label={t('events.filters.centre')}
            maw={320}
            value={search.centreId ?? ''}
            onChange={(e) => setFilter({ centreId: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('events.filters.allCentres') },
              ...choices.map((c) => ({ value: c.id, label: c.label })),
            ]}
          />
        ) : null}
        <NativeSelect
          label={t('events.filters.kind')}
          value={search.kind ?? ''}
          onChange={(e) => setFilter({ kind: eventKinds.find((k) => k === e.currentTarget.value) })}
          data={[
            { value: '', label: t('events.filters.anyKind') },
            ...eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) })),
          ]}
        />
      </Group>
      <div aria-live="polite" aria-atomic="true">
        {list.isSuccess ? (
          <Text size="sm" c="dimmed">
            {t('events.list.count', { count: list.data.total })}
          </Text>
        ) : null}
      </div>
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <ErrorState onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.data.items.length === 0 ? (
        <Text size="sm">{t('events.list.empty')}</Text>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <Stack
          gap="xs"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-busy={list.isFetching}
        >
          {list.data.items.map((event) => (
            <EventRow
              key={event.id}
              event={event}
              centreName={centreName(event.centreId)}
              canWrite={canWrite}
              onEdit={() => setEditingId(event.id)}
              onDelete={() => setDeleting(event)}
            />
          ))}
        </Stack>
      ) : null}
      {pageCount > 1 ? (
        <Center>
          <Pagination
            total={pageCount}
            value={search.page ?? 1}
            onChange={(page) => setSearch({ ...search, page: page > 1 ? page : undefined })}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous'
                  ? t('events.list.previousPage')
                  : control === 'next'
                    ? t('events.list.nextPage')
                    : undefined,
            })}
            getItemProps={(page) => ({ 'aria-label': t('events.list.pageN', { page }) })}
          />
        </Center>
      ) : null}
      <EventFormModal opened={isCreating} onClose={() => setCreating(false)} />
      {editingId ? <EditEvent eventId={editingId} onClose={() => setEditingId(null)} /> : null}
      {deleting ? <DeleteEvent event={deleting} onClose={() => setDeleting(null)} /> : null}
    </Page>
  );
};
