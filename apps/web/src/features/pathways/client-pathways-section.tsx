import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconCompass } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { type PathwayAssessment, useAssessments } from './api';
import { NavigatorModal } from './navigator-modal';
import { PathwayResults } from './pathway-results';
import { useResultText } from './result-text';

const AssessmentItem = ({ assessment }: { assessment: PathwayAssessment }) => {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { routeTitle, formatDate, formatList } = useResultText();
  const [isOpen, { toggle }] = useDisclosure(false);
  const panelId = useId();
  const eligible = assessment.result.routes
    .filter((route) => route.status === 'eligible')
    .map((route) => routeTitle(route.routeId, route.title));
  const date = formatDate(assessment.evaluatedOn);
  const row = (label: string, value: string) => (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap={6}>
        {row(t('pathways.client.evaluatedOn'), date)}
        {row(t('pathways.client.packVersion'), assessment.packVersion)}
        {row(t('pathways.client.counsellor'), assessment.createdBy)}
        {row(
          t('pathways.client.eligibleRoutes'),
          eligible.length > 0 ? formatList(eligible) : t('pathways.client.noEligible'),
        )}
        <Text size="xs" c="dimmed">
          {t('pathways.client.savedAt', {
            dateTime: formatDateTime(assessment.createdAt),
            name: assessment.createdBy,
          })}
        </Text>
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={isOpen}
            aria-controls={panelId}
            leftSection={
              isOpen ? (
                <IconChevronUp size={14} aria-hidden="true" />
              ) : (
                <IconChevronDown size={14} aria-hidden="true" />
              )
            }
          >
            {isOpen ? t('pathways.client.hideResult') : t('pathways.client.showResult')}
          </Button>
        </Group>
        <div id={panelId} hidden={!isOpen}>
          {isOpen ? (
            <PathwayResults
              evaluation={assessment.result}
              headingOrder={3}
              title={t('pathways.client.resultOf', { date })}
            />
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
};

type Props = { clientId: string; canWrite: boolean };

/** The client page's pathway section: run the navigator, and the stored assessments. */
export const ClientPathwaysSection = ({ clientId, canWrite }: Props) => {
  const { t } = useTranslation();
  const [isOpen, modal] = useDisclosure(false);
  const assessments = useAssessments(clientId);
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id={titleId}>
            {t('pathways.client.title')}
          </Title>
          <Button leftSection={<IconCompass size={16} aria-hidden="true" />} onClick={modal.open}>
            {t('pathways.client.run')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('pathways.client.history')}
        </Title>
        {assessments.isPending ? <LoadingState /> : null}
        {assessments.isError ? <ErrorState onRetry={() => void assessments.refetch()} /> : null}
        {assessments.isSuccess && assessments.data.length === 0 ? (
          <Text size="sm">{t('pathways.client.empty')}</Text>
        ) : null}
        {assessments.isSuccess && assessments.data.length > 0 ? (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {assessments.data.map((assessment) => (
              <AssessmentItem key={assessment.id} assessment={assessment} />
            ))}
          </Stack>
        ) : null}
      </Stack>
      {isOpen ? (
        <NavigatorModal clientId={clientId} canWrite={canWrite} opened={isOpen} onClose={modal.close} />
      ) : null}
    </Paper>
  );
};
