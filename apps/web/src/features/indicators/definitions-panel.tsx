import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { indicatorDefinitions, indicatorNotes, noteText } from '@pathways/domain/indicators';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorText } from './labels';

/** Every indicator's written definition and the notes on counting, as the exports carry them. */
export const DefinitionsPanel = ({ k }: { k: number }) => {
  const { t } = useTranslation();
  const { lang } = useIndicatorText();
  const titleId = useId();
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={titleId}
      className="indicators-card"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {t('indicators.definitions.title')}
        </Title>
        <dl style={{ margin: 0 }}>
          {indicatorDefinitions.map((d) => (
            <div key={d.id} style={{ marginBottom: 'var(--mantine-spacing-xs)' }}>
              <Text component="dt" size="sm" fw={700}>
                {d.name[lang]}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {d.definition[lang]}
              </Text>
            </div>
          ))}
        </dl>
        <Title order={3} size="h5">
          {t('indicators.definitions.notes')}
        </Title>
        <List size="sm" spacing={4}>
          {indicatorNotes.map((note) => (
            <List.Item key={note.en}>{noteText(note, lang, k)}</List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
};
