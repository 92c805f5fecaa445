import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff, IconLock } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSensitiveNotes } from './api';

/** Sensitive notes stay hidden until asked for: each reading is logged on the server. */
export const SensitiveNotesReveal = ({ clientId, sessionId }: { clientId: string; sessionId: string }) => {
  const { t } = useTranslation();
  const [isRevealed, setRevealed] = useState(false);
  const notes = useSensitiveNotes(clientId, sessionId, isRevealed);
  const panelId = useId();
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-expanded={isRevealed}
        aria-controls={panelId}
        loading={isRevealed && notes.isFetching}
        leftSection={
          isRevealed ? <IconEyeOff size={14} aria-hidden="true" /> : <IconEye size={14} aria-hidden="true" />
        }
        onClick={() => setRevealed((value) => !value)}
      >
        {isRevealed ? t('casework.sessions.hideSensitive') : t('casework.sessions.showSensitive')}
      </Button>
      <div id={panelId} hidden={!isRevealed} style={{ width: '100%' }}>
        {isRevealed && notes.isError ? (
          <Text size="sm" c="red.9" role="alert">
            {t('casework.sessions.sensitiveFailed')}
          </Text>
        ) : null}
        {isRevealed && notes.isSuccess ? (
          <Alert color="grape" variant="light" icon={<IconLock size={16} aria-hidden="true" />} p="xs">
            <Text size="xs" c="dimmed">
              {t('casework.sessions.sensitiveLogged')}
            </Text>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {notes.data}
            </Text>
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
};
