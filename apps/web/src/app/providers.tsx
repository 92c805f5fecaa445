import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { directionOf, isLanguage } from '../i18n/languages';
import { NotificationsHost } from './notifications-host';
import { createAppTheme, cssVariablesResolver } from './theme';

const useLanguage = () => {
  const { i18n: instance } = useTranslation();
  return isLanguage(instance.language) ? instance.language : 'en';
};

/** Keeps Mantine's direction in step with the language; i18n.ts keeps <html dir lang>. */
const DirectionSync = () => {
  const language = useLanguage();
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(language));
  }, [language, setDirection]);
  return null;
};

const ThemedApp = ({ children }: { children: ReactNode }) => {
  const language = useLanguage();
  const { t } = useTranslation();
  const close = t('common.close');
  const togglePassword = t('common.togglePassword');
  const theme = useMemo(
    () => createAppTheme(language, { close, togglePassword }),
    [language, close, togglePassword],
  );
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DirectionSync />
      <NotificationsHost />
      {children}
    </MantineProvider>
  );
};

export const AppProviders = ({
  queryClient,
  children,
}: {
  queryClient: QueryClient;
  children: ReactNode;
}) => (
  <I18nextProvider i18n={i18n}>
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={directionOf(isLanguage(i18n.language) ? i18n.language : 'en')}>
        <ThemedApp>{children}</ThemedApp>
      </DirectionProvider>
    </QueryClientProvider>
  </I18nextProvider>
);
