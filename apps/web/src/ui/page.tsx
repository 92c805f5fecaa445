import { Group, Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export const useDocumentTitle = (title: string) => {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
};

type Props = { title: string; documentTitle?: string; actions?: ReactNode; children: ReactNode };

/** Every page has one <h1> and sets the document title to match it. */
// `documentTitle` lets a page keep personal data (e.g. a greeting with a name) out of the
// window title, which ends up in browser history.
export const Page = ({ title, documentTitle, actions, children }: Props) => {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Stack>
  );
};
