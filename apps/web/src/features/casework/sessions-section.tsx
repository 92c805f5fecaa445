import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { CounsellingSession } from '@pathways/contracts';
import { IconPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCodeList } from '../clients/code-lists';
import { useSessions } from './api';
import { isolate, useDateFormat } from './casework-format';
import { RecordSessionModal } from './record-session-modal';
import { SensitiveNotesReveal } from './sensitive-notes';

const newestFirst = (a: CounsellingSession, b: CounsellingSession) =>
  b.heldOn.localeCompare(a.heldOn) || b.createdAt.localeCompare(a.createdAt);

const Labelled = ({ label, children }: { label: string; children: string }) => (
  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
    <Text span fw={600}>
      {label}:
    </Text>{' '}
    <span dir="auto">{children}</span>
  </Text>
);

const SessionItem = ({
  session,
  canReadSensitive,
}: {
  session: CounsellingSession;
  canReadSensitive: boolean;
}) => {
  const { t } = useTranslation();
  const { formatDay } = useDateFormat();
  const { formatNumber } = useFormatters();
  const topics = useCodeList('counselling_topics');
  const channels = useCodeList('session_channels');
  return (
    <Paper component="li" withBorder p="sm" radius="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>{formatDay(session.heldOn)}</Text>
          <Text size="sm" c="dimmed">
            {t('casework.sessions.summary', {
              channel: channels.labelOf(session.channel) ?? session.channel,
              format: t(`casework.sessions.formats.${session.format}`),
              minutes: formatNumber(session.durationMinutes),
            })}
          </Text>
        </Group>
        <Group gap={6} wrap="wrap" aria-label={t('casework.sessions.topics')} role="list">
          {session.topics.map((topic) => (
            <Badge
              key={topic}
              role="listitem"
              variant="outline"
              color="indigo.9"
              radius="sm"
              tt="none"
              styles={{ root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } }}
            >
              {topics.labelOf(topic) ?? topic}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          {t('casework.sessions.counsellor', { name: isolate(session.counsellorName) })}
        </Text>
        {session.notes ? <Labelled label={t('casework.sessions.notes')}>{session.notes}</Labelled> : null}
        {session.nextSteps ? (
          <Labelled label={t('casework.sessions.nextSteps')}>{session.nextSteps}</Labelled>
        ) : null}
        {session.hasSensitiveNotes ? (
          canReadSensitive ? (
            <SensitiveNotesReveal clientId={session.clientId} sessionId={session.id} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('casework.sessions.hasSensitive')}
            </Text>
          )
        ) : null}
      </Stack>
    </Paper>
  );
};

type Props = { clientId: string; canWrite: boolean; isClosed: boolean };

export const SessionsSection = ({ clientId, canWrite, isClosed }: Props) => {
  const { t } = useTranslation();
  const sessions = useSessions(clientId);
  const [isOpen, modal] = useDisclosure(false);
  const titleId = useId();
  const items = [...(sessions.data ?? [])].sort(newestFirst);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {t('casework.sessions.title')}
          </Title>
          {canWrite && !isClosed ? (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={modal.open}
            >
              {t('casework.sessions.record')}
            </Button>
          ) : null}
        </Group>
        {canWrite && isClosed ? (
          <Text size="sm" c="dimmed">
            {t('casework.sessions.closedHint')}
          </Text>
        ) : null}
        {sessions.isPending ? <LoadingState /> : null}
        {sessions.isError ? <ErrorState onRetry={() => void sessions.refetch()} /> : null}
        {sessions.isSuccess && items.length === 0 ? (
          <Text size="sm">
            {canWrite ? t('casework.sessions.empty') : t('casework.sessions.emptyReadOnly')}
          </Text>
        ) : null}
        {items.length > 0 ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((session) => (
              <SessionItem key={session.id} session={session} canReadSensitive={canWrite} />
            ))}
          </Stack>
        ) : null}
      </Stack>
      {canWrite ? <RecordSessionModal clientId={clientId} opened={isOpen} onClose={modal.close} /> : null}
    </Paper>
  );
};
