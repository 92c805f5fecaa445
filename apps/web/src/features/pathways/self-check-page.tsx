import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconMessageCircle, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StandalonePage } from '../../app/pages/standalone-page';
import { Page } from '../../ui/page';
import { useEvaluatePathways } from './api';
import { EvaluationDateField, FormErrorAlert } from './form-parts';
import { PathwayQuestionnaire } from './pathway-questionnaire';
import { PathwayResults } from './pathway-results';
import { useFocusOnResult, useNavigatorForm } from './use-navigator-form';

/** The public self-check: no login, nothing stored, works in every UI language. */
export const SelfCheckPage = () => {
  const { t } = useTranslation();
  const form = useNavigatorForm();
  const evaluate = useEvaluatePathways();
  const headingRef = useFocusOnResult(evaluate.data);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = form.buildRequest();
    if (!request) return;
    try {
      await evaluate.mutateAsync(request);
    } catch (error) {
      form.showFailure(error);
    }
  };

  const startAgain = () => {
    form.reset();
    evaluate.reset();
  };

  return (
    <StandalonePage width={760}>
      <Page title={t('pathways.selfCheck.title')}>
        <Text>{t('pathways.selfCheck.intro')}</Text>
        <Alert variant="light" color="indigo" icon={<IconLock aria-hidden="true" />}>
          <Text size="sm">{t('pathways.selfCheck.nothingStored')}</Text>
        </Alert>
        <form
          onSubmit={(event) => void submit(event)}
          noValidate
          aria-label={t('pathways.selfCheck.formLabel')}
        >
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('pathways.selfCheck.allOptional')}
            </Text>
            <PathwayQuestionnaire draft={form.draft} onChange={form.patch} errors={form.errors} />
            <details>
              <summary style={{ cursor: 'pointer' }}>
                <Text span fw={600}>
                  {t('pathways.selfCheck.advanced')}
                </Text>
              </summary>
              <Box mt="sm">
                <EvaluationDateField
                  value={form.evaluationDate}
                  onChange={form.setEvaluationDate}
                  error={form.errors.evaluationDate}
                />
              </Box>
            </details>
            <FormErrorAlert message={form.formError} />
            <Group gap="sm">
              <Button
                type="submit"
                loading={evaluate.isPending}
                leftSection={<IconSearch size={16} aria-hidden="true" />}
              >
                {t('pathways.selfCheck.submit')}
              </Button>
              <Button variant="default" onClick={startAgain}>
                {t('pathways.selfCheck.startAgain')}
              </Button>
            </Group>
          </Stack>
        </form>
        <Box component="section" aria-live="polite" aria-label={t('pathways.results.title')}>
          {evaluate.data ? <PathwayResults evaluation={evaluate.data} headingRef={headingRef} /> : null}
        </Box>
        {evaluate.data ? (
          <Text size="sm" c="dimmed">
            {t('pathways.selfCheck.disclaimer')}
          </Text>
        ) : null}
        <Paper withBorder p="md" radius="md" bg="indigo.0">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconMessageCircle size={22} aria-hidden="true" style={{ flexShrink: 0 }} />
            <Stack gap={4}>
              <Text component="h2" fw={700}>
                {t('pathways.selfCheck.counsellorTitle')}
              </Text>
              <Text size="sm">{t('pathways.selfCheck.counsellorText')}</Text>
              <Anchor component={Link} to="/login" size="sm">
                {t('pathways.selfCheck.staffLink')}
              </Anchor>
            </Stack>
          </Group>
        </Paper>
      </Page>
    </StandalonePage>
  );
};
