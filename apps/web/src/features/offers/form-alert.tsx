import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  message: string | null;
  /** Errors of fields the form does not show (the server may name any). */
  otherErrors?: [string, string][];
  /** Set when someone else saved first: offers to load their version. */
  onReload?: (() => void) | undefined;
  focusRef?: RefObject<HTMLDivElement | null>;
};

/** The sentence at the top of a form, announced when it appears and focused so it is read first. */
export const FormAlert = ({ message, otherErrors = [], onReload, focusRef }: Props) => {
  const { t } = useTranslation();
  useEffect(() => {
    if (message) focusRef?.current?.focus();
  }, [message, focusRef]);
  return (
    <div role="alert" ref={focusRef} tabIndex={-1} style={{ outline: 'none' }}>
      {message ? (
        <Alert
          color={onReload ? 'orange' : 'red'}
          variant="light"
          icon={<IconAlertCircle aria-hidden="true" />}
          styles={{ message: { color: 'var(--mantine-color-gray-9)' } }}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm" fw={600}>
              {message}
            </Text>
            {otherErrors.length > 0 ? (
              <List size="sm">
                {otherErrors.map(([field, error]) => (
                  <List.Item key={field}>
                    <span className="ltr-text">{field}</span>: {error}
                  </List.Item>
                ))}
              </List>
            ) : null}
            {onReload ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconRefresh size={14} aria-hidden="true" />}
                onClick={onReload}
              >
                {t('offers.errors.reload')}
              </Button>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </div>
  );
};
