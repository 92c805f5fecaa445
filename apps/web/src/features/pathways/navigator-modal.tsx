import { Box, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconEye } from '@tabler/icons-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { type PathwayProfile, useEvaluatePathways, useSaveAssessment, useSuggestedProfile } from './api';
import { EvaluationDateField, FormErrorAlert } from './form-parts';
import { GapOffers } from './gap-offers';
import { PathwayQuestionnaire } from './pathway-questionnaire';
import { PathwayResults } from './pathway-results';
import { useFocusOnResult, useNavigatorForm } from './use-navigator-form';

type FormProps = { clientId: string; canWrite: boolean; initialProfile: PathwayProfile; onSaved: () => void };

const NavigatorForm = ({ clientId, canWrite, initialProfile, onSaved }: FormProps) => {
  const { t } = useTranslation();
  const form = useNavigatorForm(initialProfile);
  const preview = useEvaluatePathways();
  const save = useSaveAssessment(clientId);
  const headingRef = useFocusOnResult(preview.data);

  const runPreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = form.buildRequest();
    if (!request) return;
    try {
      await preview.mutateAsync(request);
    } catch (error) {
      form.showFailure(error);
    }
  };

  const runSave = async () => {
    const request = form.buildRequest();
    if (!request) return;
    try {
      await save.mutateAsync(request);
      notifications.show({
        color: 'teal.9',
        title: t('pathways.client.savedTitle'),
        message: t('pathways.client.saved'),
      });
      onSaved();
    } catch (error) {
      form.showFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void runPreview(event)} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('pathways.client.prefilled')}</Text>
        <EvaluationDateField
          value={form.evaluationDate}
          onChange={form.setEvaluationDate}
          error={form.errors.evaluationDate}
        />
        <PathwayQuestionnaire draft={form.draft} onChange={form.patch} errors={form.errors} isCounsellor />
        <FormErrorAlert message={form.formError} />
        <Group gap="sm">
          <Button
            type="submit"
            variant={canWrite ? 'default' : 'filled'}
            loading={preview.isPending}
            leftSection={<IconEye size={16} aria-hidden="true" />}
          >
            {t('pathways.client.preview')}
          </Button>
          {canWrite ? (
            <Button
              onClick={() => void runSave()}
              loading={save.isPending}
              leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
            >
              {t('pathways.client.save')}
            </Button>
          ) : null}
        </Group>
        <Box component="section" aria-live="polite" aria-label={t('pathways.client.previewTitle')}>
          {preview.data ? (
            <PathwayResults
              evaluation={preview.data}
              headingRef={headingRef}
              title={t('pathways.client.previewTitle')}
            />
          ) : null}
          {preview.data ? <GapOffers clientId={clientId} evaluation={preview.data} /> : null}
        </Box>
      </Stack>
    </form>
  );
};

type Props = { clientId: string; canWrite: boolean; opened: boolean; onClose: () => void };

/** The counsellor's navigator: prefilled from the client's record, previewed, then saved. */
export const NavigatorModal = ({ clientId, canWrite, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const suggested = useSuggestedProfile(clientId, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pathways.client.modalTitle')}
      size="xl"
      fullScreen={isMobile}
    >
      {suggested.isPending ? <LoadingState /> : null}
      {suggested.isError ? <ErrorState onRetry={() => void suggested.refetch()} /> : null}
      {suggested.isSuccess ? (
        <NavigatorForm
          key={suggested.dataUpdatedAt}
          clientId={clientId}
          canWrite={canWrite}
          initialProfile={suggested.data}
          onSaved={onClose}
        />
      ) : null}
    </Modal>
  );
};
