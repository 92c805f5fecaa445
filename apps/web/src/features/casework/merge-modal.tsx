import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Client } from '@pathways/contracts';
import { IconGitMerge, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientSearch } from '../clients/api';
import { useClientRecord, useMergeClient } from './api';
import { describeCaseworkError } from './casework-errors';
import { isolate } from './casework-format';

type Props = { client: Client; opened: boolean; onClose: () => void };

/** Folds a duplicate into this record: find it, pick it, confirm with both case codes. */
export const MergeModal = ({ client, opened, onClose }: Props) => {
  const { t } = useTranslation();
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const search = useClientSearch(opened ? debounced : '');
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [isConfirming, setConfirming] = useState(false);
  const duplicate = useClientRecord(isConfirming ? duplicateId : null);
  const merge = useMergeClient(client.id);
  const [formError, setFormError] = useState<string | null>(null);

  const candidates = (search.data ?? []).filter(
    (candidate) => candidate.id !== client.id && candidate.status !== 'merged',
  );
  const picked = candidates.find((candidate) => candidate.id === duplicateId) ?? null;

  const close = () => {
    setQuery('');
    setDuplicateId(null);
    setConfirming(false);
    setFormError(null);
    merge.reset();
    onClose();
  };

  const confirm = async () => {
    if (!duplicate.data) return;
    try {
      await merge.mutateAsync({
        duplicateId: duplicate.data.id,
        version: client.version,
        duplicateVersion: duplicate.data.version,
      });
      notifications.show({
        color: 'teal.9',
        message: t('casework.merge.done', {
          duplicate: isolate(duplicate.data.caseCode),
          survivor: isolate(client.caseCode),
        }),
      });
      close();
    } catch (failure) {
      setFormError(describeCaseworkError(failure, t));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('casework.merge.title')} fullScreen={isMobile} size="lg">
      <Stack gap="md">
        <div role="alert">
          {formError ? (
            <Text size="sm" c="red.9" fw={600}>
              {formError}
            </Text>
          ) : null}
        </div>
        {isConfirming && picked ? (
          <>
            <Alert color="orange" variant="light" icon={<IconGitMerge aria-hidden="true" />}>
              <Stack gap={6}>
                <Text size="sm" fw={600}>
                  {t('casework.merge.confirmQuestion', {
                    duplicate: picked.caseCode,
                    survivor: client.caseCode,
                  })}
                </Text>
                <Text size="sm">
                  {t('casework.merge.confirmBody', {
                    duplicate: isolate(picked.caseCode),
                    survivor: isolate(client.caseCode),
                  })}
                </Text>
              </Stack>
            </Alert>
            {duplicate.isError ? (
              <Text size="sm" c="red.9">
                {describeCaseworkError(duplicate.error, t)}
              </Text>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
                {t('casework.merge.back')}
              </Button>
              <Button
                color="orange.9"
                loading={merge.isPending || duplicate.isPending}
                disabled={!duplicate.data}
                onClick={() => void confirm()}
              >
                {t('casework.merge.confirm')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('casework.merge.intro', { caseCode: isolate(client.caseCode) })}</Text>
            <TextInput
              label={t('casework.merge.search')}
              description={t('casework.merge.searchHint')}
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              data-autofocus
              dir="auto"
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
            <div aria-live="polite">
              {debounced.length >= 2 && search.isSuccess && candidates.length === 0 ? (
                <Text size="sm">{t('casework.merge.noResults')}</Text>
              ) : null}
              {search.isError ? (
                <Text size="sm" c="red.9">
                  {t('common.loadFailed')}
                </Text>
              ) : null}
            </div>
            {candidates.length > 0 ? (
              <Radio.Group label={t('casework.merge.pick')} value={duplicateId} onChange={setDuplicateId}>
                <Stack gap={6} mt={6}>
                  {candidates.map((candidate) => (
                    <Radio
                      key={candidate.id}
                      value={candidate.id}
                      label={t('casework.merge.candidate', {
                        caseCode: isolate(candidate.caseCode),
                        name: isolate(candidate.displayName),
                      })}
                      description={
                        candidate.birthYear
                          ? t('casework.merge.bornIn', { year: String(candidate.birthYear) })
                          : undefined
                      }
                    />
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button disabled={!picked} onClick={() => setConfirming(true)}>
                {t('casework.merge.next')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
