import { Alert, Anchor, Badge, Group, List, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { DuplicateCheckBody } from '@pathways/contracts';
import { IconAlertTriangle, IconExternalLink } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDuplicateCheck } from './api';
import { useClientFormat } from './client-format';

type Props = { body: DuplicateCheckBody | null; excludeClientId?: string | undefined };

// Reasons whose detail is the data compared (names, dates, last digits), not an English sentence.
const DATA_DETAILS = new Set([
  'name_exact',
  'name_similar',
  'name_phonetic',
  'name_conflict',
  'dob_exact',
  'dob_near',
  'dob_close',
  'dob_year',
  'dob_conflict',
  'phone_equal',
]);

const ReasonLabel = ({ reason }: { reason: { code: string; detail: string } }) => {
  const { t, i18n } = useTranslation();
  const key = `clients.reasons.${reason.code}`;
  if (!i18n.exists(key)) return <bdi>{reason.detail || reason.code}</bdi>;
  return (
    <>
      {t(key)}
      {reason.detail && DATA_DETAILS.has(reason.code) ? (
        <>
          {': '}
          <bdi>{reason.detail}</bdi>
        </>
      ) : null}
    </>
  );
};

const levelOf = (score: number) => (score >= 0.85 ? 'high' : score >= 0.6 ? 'medium' : 'low');
const levelColour = { high: 'red.9', medium: 'grape.9', low: 'gray.7' } as const;

/** Likely existing records of the person being registered, checked while the form is typed. */
export const DuplicatePanel = ({ body, excludeClientId }: Props) => {
  const { t, i18n } = useTranslation();
  const { formatYear } = useClientFormat();
  // The key is the body's JSON so an unchanged draft does not restart the timer.
  const [debouncedKey] = useDebouncedValue(body ? JSON.stringify(body) : '', 400);
  const debouncedBody = useMemo(
    () => (debouncedKey ? (JSON.parse(debouncedKey) as DuplicateCheckBody) : null),
    [debouncedKey],
  );
  const check = useDuplicateCheck(debouncedBody);
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent' }), [i18n.language]);
  const candidates = (check.data ?? []).filter((candidate) => candidate.clientId !== excludeClientId);
  const isActive = debouncedBody !== null;

  return (
    <Paper withBorder radius="md" p="md" component="aside" aria-labelledby="duplicates-title">
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="duplicates-title">
            {t('clients.duplicates.title')}
          </Title>
          {check.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
        </Group>
        <div aria-live="polite" aria-atomic="false">
          {!isActive ? (
            <Text size="sm" c="dimmed">
              {t('clients.duplicates.idle')}
            </Text>
          ) : check.isError ? (
            <Text size="sm" c="red.9">
              {t('clients.duplicates.failed')}
            </Text>
          ) : check.isSuccess && candidates.length === 0 ? (
            <Text size="sm">{t('clients.duplicates.none')}</Text>
          ) : candidates.length > 0 ? (
            <Stack gap="sm">
              <Alert
                color="orange"
                variant="light"
                styles={{ label: { color: 'var(--mantine-color-gray-9)' } }}
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('clients.duplicates.found', { count: candidates.length })}
              >
                {t('clients.duplicates.foundHint')}
              </Alert>
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {candidates.map((candidate) => {
                  const level = levelOf(candidate.score);
                  return (
                    <Paper key={`${candidate.caseCode}`} component="li" withBorder p="xs" radius="sm">
                      <Stack gap={4}>
                        <Group justify="space-between" gap="xs" wrap="wrap">
                          <Text fw={700}>
                            <bdi>{candidate.displayName ?? candidate.initials}</bdi>
                          </Text>
                          <Badge color={levelColour[level]} variant="filled" radius="sm" tt="none">
                            {t(`clients.duplicates.level.${level}`, {
                              score: percent.format(candidate.score),
                            })}
                          </Badge>
                        </Group>
                        <Text size="sm" className="ltr-text" ff="monospace">
                          {candidate.caseCode}
                        </Text>
                        <Text size="sm">
                          {candidate.birthYear === null
                            ? candidate.centreName
                            : t('clients.duplicates.centreAndYear', {
                                centre: candidate.centreName,
                                year: formatYear(candidate.birthYear),
                              })}
                        </Text>
                        {candidate.reasons.length > 0 ? (
                          <List size="sm" spacing={2}>
                            {candidate.reasons.map((reason) => (
                              <List.Item key={reason.code}>
                                <ReasonLabel reason={reason} />
                              </List.Item>
                            ))}
                          </List>
                        ) : null}
                        {candidate.clientId ? (
                          <Anchor
                            size="sm"
                            renderRoot={(props) => (
                              <Link
                                {...props}
                                to="/clients/$clientId"
                                params={{ clientId: candidate.clientId ?? '' }}
                                target="_blank"
                              />
                            )}
                          >
                            <Group gap={4} component="span" wrap="nowrap">
                              {t('clients.duplicates.open', { caseCode: candidate.caseCode })}
                              <IconExternalLink size={14} aria-hidden="true" />
                            </Group>
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('clients.duplicates.otherCentre')}
                          </Text>
                        )}
                      </Stack>
                    </Paper>
                  );
                })}
              </Stack>
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
};
