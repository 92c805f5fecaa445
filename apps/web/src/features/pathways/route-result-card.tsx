import { Anchor, Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconCircleOff,
  IconExternalLink,
} from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteResult, RouteStatus } from './api';
import { PointsTable } from './points-table';
import { useResultText } from './result-text';

// Text says the status; colour and icon only repeat it. Filled shades keep 4.5:1 with their text.
const statusTone: Record<RouteStatus, { color: string; icon: ReactNode }> = {
  eligible: { color: 'teal.9', icon: <IconCircleCheck size={14} aria-hidden="true" /> },
  possibly_eligible: { color: 'yellow.4', icon: <IconCircleDashed size={14} aria-hidden="true" /> },
  not_eligible: { color: 'gray.7', icon: <IconCircleOff size={14} aria-hidden="true" /> },
};

export const RouteStatusBadge = ({ status }: { status: RouteStatus }) => {
  const { t } = useTranslation();
  return (
    <Badge
      variant="filled"
      autoContrast
      color={statusTone[status].color}
      leftSection={statusTone[status].icon}
      radius="sm"
      tt="none"
      size="lg"
      styles={{
        root: { flexShrink: 0, maxWidth: 'none', height: 'auto', minHeight: 26 },
        label: { overflow: 'visible', whiteSpace: 'normal' },
      }}
    >
      {t(`pathways.status.${status}`)}
    </Badge>
  );
};

const unique = (items: string[]) => [...new Set(items)];

const Section = ({ title, items }: { title: string; items: string[] }) =>
  items.length === 0 ? null : (
    <Box>
      <Text component="h4" fw={700} size="sm" mb={4}>
        {title}
      </Text>
      <List size="sm" spacing={4} withPadding>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Box>
  );

export const RouteResultCard = ({
  route,
  headingOrder = 3,
}: {
  route: RouteResult;
  headingOrder?: 3 | 4;
}) => {
  const { t } = useTranslation();
  const text = useResultText();
  const titleId = useId();
  const officialNotes = route.notes.filter(
    (note) =>
      note.code === 'check_official_source' || (note.sourceQuality && note.sourceQuality !== 'official'),
  );
  const otherNotes = route.notes.filter((note) => !officialNotes.includes(note));
  // Many criteria can share one caveat: say it once, listing what it is about.
  const subjects = unique(
    officialNotes
      .filter((note) => note.code === 'check_official_source')
      .map((note) => text.subjectLabel(note.subject)),
  );
  const officialItems = unique([
    ...officialNotes.filter((note) => note.code !== 'check_official_source').map(text.describeNote),
    ...(subjects.length > 1
      ? [t('pathways.results.checkSubjects', { subjects: text.formatList(subjects) })]
      : officialNotes.filter((note) => note.code === 'check_official_source').map(text.describeNote)),
  ]);
  const urls = unique(route.sources.flatMap((source) => source.sourceUrls));
  const legalBases = unique([route.legalBasis, ...route.sources.map((source) => source.legalBasis)]);

  return (
    <Paper component="article" aria-labelledby={titleId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
          <Title order={headingOrder} size="h4" id={titleId} style={{ flex: '1 1 12rem' }}>
            {text.routeTitle(route.routeId, route.title)}
          </Title>
          <RouteStatusBadge status={route.status} />
        </Group>
        <Text size="xs" c="dimmed">
          <span dir="ltr">{route.legalBasis}</span>
        </Text>
        {route.points ? <PointsTable points={route.points} /> : null}
        <Section
          title={t('pathways.results.missing')}
          items={unique(route.missing.map(text.describeReason))}
        />
        <Section title={t('pathways.results.failed')} items={unique(route.failed.map(text.describeReason))} />
        <Section
          title={t('pathways.results.nextSteps')}
          items={unique(route.nextSteps.map(text.describeStep))}
        />
        <Section title={t('pathways.results.notes')} items={unique(otherNotes.map(text.describeNote))} />
        {officialNotes.length > 0 ? (
          <Box p="xs" bg="yellow.0" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Group gap={6} wrap="nowrap" mb={4}>
              <IconAlertTriangle size={16} aria-hidden="true" />
              <Text component="h4" fw={700} size="sm">
                {t('pathways.results.checkOfficial')}
              </Text>
            </Group>
            <List size="sm" spacing={4} withPadding>
              {officialItems.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Box>
        ) : null}
        <details>
          <summary style={{ cursor: 'pointer' }}>
            <Text span size="sm" fw={600}>
              {t('pathways.results.sources')}
            </Text>
          </summary>
          <Stack gap={4} mt={6}>
            <Text size="sm">
              {t('pathways.results.legalBasis')}{' '}
              <Text span dir="ltr">
                {legalBases.join(' · ')}
              </Text>
            </Text>
            {route.effectiveFrom ? (
              <Text size="sm">
                {t('pathways.results.effectiveFrom', { date: text.formatDate(route.effectiveFrom) })}
              </Text>
            ) : null}
            <List size="sm" spacing={2} withPadding>
              {urls.map((url) => (
                <List.Item key={url}>
                  <Anchor
                    href={url}
                    target="_blank"
                    rel="noopener noreferrer"
                    dir="ltr"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {url.replace(/^https?:\/\//, '')}
                    <IconExternalLink
                      size={12}
                      aria-label={t('pathways.results.opensNewTab')}
                      style={{ marginInlineStart: 4 }}
                    />
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        </details>
      </Stack>
    </Paper>
  );
};
