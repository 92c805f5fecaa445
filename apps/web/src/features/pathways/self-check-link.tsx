import { Anchor, Group } from '@mantine/core';
import { IconCompass } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The way into the public self-check from pages outside the signed-in shell (the login page). */
export const SelfCheckLink = () => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <IconCompass size={18} aria-hidden="true" style={{ flexShrink: 0 }} />
      <Anchor component={Link} to="/self-check" fw={600}>
        {t('pathways.loginLink')}
      </Anchor>
    </Group>
  );
};
