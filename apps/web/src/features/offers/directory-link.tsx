import { Anchor, Group } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The way into the public directory from pages outside the signed-in shell (the login page). */
export const DirectoryLink = () => {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <IconMapSearch size={18} aria-hidden="true" style={{ flexShrink: 0 }} />
      <Anchor component={Link} to="/directory" fw={600}>
        {t('offers.directory.loginLink')}
      </Anchor>
    </Group>
  );
};
