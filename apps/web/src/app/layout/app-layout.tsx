import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../ui/language-switcher';
import { NavLinks } from './nav-links';
import { UserMenu } from './user-menu';

const NAVBAR_ID = 'app-navbar';

export const AppLayout = () => {
  const { t } = useTranslation();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  // Below `sm` the collapsed navbar is only moved off-screen; `inert` keeps it out of the tab order.
  const isMobile = useMediaQuery('(max-width: 47.99em)') ?? false;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isOpen } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={isOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={isOpen ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-expanded={isOpen}
              aria-controls={NAVBAR_ID}
            />
            <Anchor component={Link} to="/" fw={800} fz="lg" c="indigo.9" underline="never">
              {t('app.name')}
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id={NAVBAR_ID}
        p="sm"
        aria-label={t('shell.mainNavigation')}
        inert={isMobile && !isOpen}
      >
        <NavLinks onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
