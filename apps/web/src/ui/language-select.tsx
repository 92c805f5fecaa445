import { Select } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { pickLanguage } from '../i18n/i18n';
import { isLanguage, languages } from '../i18n/languages';

const options = languages.map((language) => ({ value: language.code, label: language.nativeName }));

export type LanguageSelectProps = {
  withLabel: boolean;
  /** Opened at once: the stand-in was clicked or opened from the keyboard before this arrived. */
  isOpened: boolean;
  /** Takes the focus the stand-in had. */
  isFocused: boolean;
};

/** The language switcher itself; ./language-switcher.tsx fetches it when it is about to be used. */
export const LanguageSelect = ({ withLabel, isOpened, isFocused }: LanguageSelectProps) => {
  const { t, i18n } = useTranslation();
  return (
    <Select
      data={options}
      value={i18n.language}
      onChange={(value) => {
        if (isLanguage(value)) void pickLanguage(value);
      }}
      allowDeselect={false}
      label={withLabel ? t('language.label') : undefined}
      aria-label={withLabel ? undefined : t('language.label')}
      leftSection={<IconLanguage size={16} aria-hidden="true" />}
      renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
      w={withLabel ? undefined : 132}
      size="sm"
      comboboxProps={{ withinPortal: true }}
      defaultDropdownOpened={isOpened}
      // The stand-in had the focus: it moves to the real input, not back to the page.
      autoFocus={isFocused}
    />
  );
};
