import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { Client } from '@pathways/contracts';
import { IconArrowLeft, IconArrowRight, IconGitMerge, IconPencil } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api-client';
import { useDocumentTitle } from '../../ui/page';
import { ErrorState, LoadingState } from '../../ui/query-state';
import { useCan } from '../auth/api';
import { CaseActionsMenu } from '../casework/case-actions-menu';
import { ClientCasework } from '../casework/client-casework';
import { ErasedClientNotice } from '../data-subject/erased-client-notice';
import { useClient } from './api';
import { ClientGroupBadge, ClientStatusBadge } from './client-badges';
import { joinName } from './client-format';
import { ClientProfile } from './client-profile';
import { ConsentsSection } from './consents-section';
import { useCentreChoices } from './use-centres';

const BackToList = () => {
  const { t, i18n } = useTranslation();
  const Icon = i18n.dir() === 'rtl' ? IconArrowRight : IconArrowLeft;
  return (
    <Anchor component={Link} to="/clients" size="sm">
      <Group gap={4} component="span" wrap="nowrap">
        <Icon size={14} aria-hidden="true" />
        {t('clients.backToList')}
      </Group>
    </Anchor>
  );
};

const ClientHeader = ({ client, canWrite }: { client: Client; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { centreName } = useCentreChoices();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const name = joinName(client.name) || joinName(client.nameOriginal);
  const original = joinName(client.nameOriginal);
  // A new page in a single-page app: move focus to its heading so screen readers start there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={1} size="h2" dir="auto" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {name}
          </Title>
          {original && original !== name ? (
            <Text size="lg" dir="auto">
              {original}
            </Text>
          ) : null}
        </div>
        {canWrite && client.status !== 'merged' ? (
          <Group gap="xs" wrap="wrap">
            <Button
              renderRoot={(props) => (
                <Link {...props} to="/clients/$clientId/edit" params={{ clientId: client.id }} />
              )}
              leftSection={<IconPencil size={16} aria-hidden="true" />}
            >
              {t('clients.edit')}
            </Button>
            <CaseActionsMenu client={client} />
          </Group>
        ) : null}
      </Group>
      <Group gap="sm" wrap="wrap">
        <Text className="ltr-text" ff="monospace" fw={600}>
          {client.caseCode}
        </Text>
        <ClientStatusBadge status={client.status} />
        <ClientGroupBadge group={client.group} />
        {client.isMinor ? (
          <Badge variant="outline" color="red.9" radius="sm" tt="none">
            {t('clients.minor')}
          </Badge>
        ) : null}
      </Group>
      {client.mergedIntoId ? (
        <Alert color="gray" variant="light" icon={<IconGitMerge aria-hidden="true" />}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('clients.mergedInto')}</Text>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link {...props} to="/clients/$clientId" params={{ clientId: client.mergedIntoId ?? '' }} />
              )}
            >
              {t('clients.openSurvivor')}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
      {centreName(client.centreId) ? (
        <Text size="sm" c="dimmed">
          {t('clients.atCentre', { centre: centreName(client.centreId) })}
        </Text>
      ) : null}
    </Stack>
  );
};

export const ClientPage = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  const canWrite = useCan('clients.write');
  const client = useClient(clientId);
  // The window title lands in browser history: the case code, never the name.
  useDocumentTitle(
    client.data ? t('clients.documentTitle', { caseCode: client.data.caseCode }) : t('clients.title'),
  );
  // An erased record answers 410 (even over data cached before): show what is left of it.
  if (isApiError(client.error) && client.error.status === 410)
    return (
      <Stack gap="lg">
        <BackToList />
        <ErasedClientNotice clientId={clientId} />
      </Stack>
    );
  return (
    <Stack gap="lg">
      <BackToList />
      {client.isPending ? <LoadingState /> : null}
      {client.isError ? (
        <>
          <Title order={1} size="h2">
            {t('clients.title')}
          </Title>
          <ErrorState
            onRetry={() => void client.refetch()}
            message={
              isApiError(client.error) && client.error.status === 404 ? t('clients.notFound') : undefined
            }
          />
        </>
      ) : null}
      {client.data ? (
        <>
          <ClientHeader client={client.data} canWrite={canWrite} />
          <ClientProfile client={client.data} />
          <ConsentsSection client={client.data} canWrite={canWrite} />
          <ClientCasework client={client.data} canWrite={canWrite} />
        </>
      ) : null}
    </Stack>
  );
};
