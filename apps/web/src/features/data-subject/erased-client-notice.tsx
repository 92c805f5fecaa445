import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { isolate } from '../casework/casework-format';
import { useErasedClient } from './api';

/** All that is left to show of an erased client: the case code and the date of erasure. */
export const ErasedClientNotice = ({ clientId }: { clientId: string }) => {
  const { t, i18n } = useTranslation();
  const erased = useErasedClient(clientId);
  if (erased.isPending) return <LoadingState />;
  if (erased.isError)
    return (
      <ErrorState
        onRetry={() => void erased.refetch()}
        message={isApiError(erased.error) && erased.error.status === 404 ? t('clients.notFound') : undefined}
      />
    );
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(erased.data.erasedAt),
  );
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('dataSubject.erased.title', { caseCode: isolate(erased.data.caseCode) })}
      </Title>
      <Alert color="gray" variant="light" icon={<IconEraser aria-hidden="true" />}>
        <Text size="sm">
          {erased.data.reason === 'retention_period'
            ? t('dataSubject.erased.byRetention', { date })
            : t('dataSubject.erased.body', { date })}
        </Text>
      </Alert>
    </Stack>
  );
};
