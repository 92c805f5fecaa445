import { Alert, Button, CopyButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconLifebuoy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

type Props = { codes: string[]; onDone: () => void };

/** Shown once, right after they are made: the server keeps only their hashes. */
export const RecoveryCodesPanel = ({ codes, onDone }: Props) => {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          <IconLifebuoy size={20} aria-hidden="true" />
          <Title order={3} size="h4">
            {t('account.recovery.title')}
          </Title>
        </Group>
        <Alert color="orange" variant="light">
          {t('account.recovery.intro')}
        </Alert>
        <List
          type="ordered"
          spacing={4}
          className="ltr-text"
          styles={{ item: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        >
          {codes.map((code) => (
            <List.Item key={code}>
              <Text span ff="monospace" size="md">
                {code}
              </Text>
            </List.Item>
          ))}
        </List>
        <Group gap="sm">
          <CopyButton value={codes.join('\n')}>
            {({ copied, copy }) => (
              <Button
                variant="default"
                onClick={copy}
                leftSection={
                  copied ? (
                    <IconCheck size={16} aria-hidden="true" />
                  ) : (
                    <IconCopy size={16} aria-hidden="true" />
                  )
                }
              >
                {copied ? t('account.recovery.copied') : t('account.recovery.copy')}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onDone}>{t('account.recovery.done')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
};
