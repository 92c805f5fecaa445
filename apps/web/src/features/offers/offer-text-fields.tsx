import { Fieldset, Stack, Tabs, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import type { Locale } from '@pathways/contracts';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../i18n/languages';
import type { SectionProps } from './offer-form-types';
import { useLanguageNames } from './offer-format';

type Props = SectionProps & { activeTab: Locale; onTabChange: (language: Locale) => void };

/** Title and description per UI language; English is required so every reader has a text. */
export const OfferTextFields = ({ draft, update, errors, activeTab, onTabChange }: Props) => {
  const { t } = useTranslation();
  const names = useLanguageNames();
  const hasError = (language: Locale) =>
    Boolean(errors[`title.${language}`] || errors[`description.${language}`]);
  return (
    <Fieldset legend={t('offers.form.texts')} radius="md">
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {t('offers.form.textsHint')}
        </Text>
        <Tabs
          value={activeTab}
          onChange={(value) => {
            const language = languages.find((candidate) => candidate.code === value);
            if (language) onTabChange(language.code);
          }}
          keepMounted={false}
        >
          <Tabs.List>
            {languages.map((language) => (
              <Tabs.Tab
                key={language.code}
                value={language.code}
                rightSection={
                  hasError(language.code) ? (
                    <IconAlertCircle size={14} color="var(--mantine-color-red-8)" aria-hidden="true" />
                  ) : null
                }
              >
                <span lang={language.code}>{language.nativeName}</span>
                {hasError(language.code) ? (
                  <VisuallyHidden> ({t('offers.form.tabHasErrors')})</VisuallyHidden>
                ) : null}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {languages.map((language) => (
            <Tabs.Panel key={language.code} value={language.code} pt="sm">
              <Stack gap="sm">
                <TextInput
                  label={t('offers.form.title', { language: names.nameOf(language.code) })}
                  withAsterisk={language.code === 'en'}
                  lang={language.code}
                  dir={language.dir}
                  value={draft.title[language.code]}
                  onChange={(event) =>
                    update({ title: { ...draft.title, [language.code]: event.currentTarget.value } })
                  }
                  error={
                    errors[`title.${language.code}`] ?? (language.code === 'en' ? errors.title : undefined)
                  }
                />
                <Textarea
                  label={t('offers.form.description', { language: names.nameOf(language.code) })}
                  autosize
                  minRows={3}
                  maxRows={10}
                  lang={language.code}
                  dir={language.dir}
                  value={draft.description[language.code]}
                  onChange={(event) =>
                    update({
                      description: { ...draft.description, [language.code]: event.currentTarget.value },
                    })
                  }
                  error={errors[`description.${language.code}`]}
                />
              </Stack>
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
    </Fieldset>
  );
};
