import { Anchor, Container, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/language-switcher';

/** Layout for pages shown outside the signed-in shell (login, not found, fatal errors). */
export const StandalonePage = ({ children, width = 480 }: { children: ReactNode; width?: number }) => {
  const { t } = useTranslation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Container size={width} px="md" py="xl">
        <Stack gap="lg">
          <Group component="header" justify="space-between" wrap="nowrap">
            <Anchor href="/" fw={700} fz="xl" underline="never" c="indigo.9">
              {t('app.name')}
            </Anchor>
            <LanguageSwitcher />
          </Group>
          <Paper component="main" id="main" tabIndex={-1} withBorder shadow="sm" p="lg" radius="md">
            {children}
          </Paper>
          <Text component="footer" size="xs" c="dimmed" ta="center">
            {t('app.tagline')}
          </Text>
        </Stack>
      </Container>
    </>
  );
};
