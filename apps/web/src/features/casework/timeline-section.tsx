import { Box, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowsExchange,
  IconChecklist,
  IconCircleCheck,
  IconCompass,
  IconFileCheck,
  IconFileX,
  IconGitMerge,
  IconLock,
  IconLockOpen,
  IconMessages,
  IconSend,
  IconUserPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useTimeline } from './api';
import { isolate, useDateFormat } from './casework-format';
import { type Entry, useTimelineText } from './timeline-text';

const icons: Record<Entry['kind'], ReactNode> = {
  registered: <IconUserPlus size={14} />,
  session: <IconMessages size={14} />,
  task_created: <IconChecklist size={14} />,
  task_done: <IconCircleCheck size={14} />,
  consent_recorded: <IconFileCheck size={14} />,
  consent_withdrawn: <IconFileX size={14} />,
  closed: <IconLock size={14} />,
  reopened: <IconLockOpen size={14} />,
  transferred: <IconArrowsExchange size={14} />,
  pathway_assessed: <IconCompass size={14} />,
  merged: <IconGitMerge size={14} />,
  referral: <IconSend size={14} />,
};

const TimelineItem = ({ entry, isLast }: { entry: Entry; isLast: boolean }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { formatDay } = useDateFormat();
  const describe = useTimelineText();
  // A session's time is only its recording time: the day it was held is what counts.
  const when = entry.kind === 'session' ? formatDay(entry.at) : formatDateTime(entry.at);
  return (
    <Box component="li" style={{ display: 'flex', gap: 12, position: 'relative' }}>
      <Box style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', flexShrink: 0 }}>
        <ThemeIcon size={26} radius="xl" variant="light" color="indigo" aria-hidden="true">
          {icons[entry.kind]}
        </ThemeIcon>
        {isLast ? null : (
          <Box style={{ flex: 1, width: 2, background: 'var(--mantine-color-gray-3)', marginBlock: 4 }} />
        )}
      </Box>
      <Stack gap={2} pb={isLast ? 0 : 'md'} style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} dir="auto" style={{ overflowWrap: 'anywhere' }}>
          {describe(entry)}
        </Text>
        <Text size="xs" c="dimmed">
          {entry.actorName
            ? t('casework.timeline.byOn', { name: isolate(entry.actorName), date: isolate(when) })
            : t('casework.timeline.on', { date: isolate(when) })}
        </Text>
      </Stack>
    </Box>
  );
};

export const TimelineSection = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const timeline = useTimeline(clientId);
  const titleId = useId();
  const items = timeline.data ?? [];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('casework.timeline.title')}
        </Title>
        {timeline.isPending ? <LoadingState /> : null}
        {timeline.isError ? <ErrorState onRetry={() => void timeline.refetch()} /> : null}
        {timeline.isSuccess && items.length === 0 ? (
          <Text size="sm">{t('casework.timeline.empty')}</Text>
        ) : null}
        {items.length > 0 ? (
          <Box component="ol" aria-labelledby={titleId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((entry, index) => (
              <TimelineItem
                key={`${entry.kind}-${entry.at}-${JSON.stringify(entry.details)}`}
                entry={entry}
                isLast={index === items.length - 1}
              />
            ))}
          </Box>
        ) : null}
      </Stack>
    </Paper>
  );
};
