import { ComboboxChevron, InputBase } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { type ComponentType, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/languages';
import type { LanguageSelectProps } from './language-select';

type Props = { withLabel?: boolean };

// Mantine's Select (its combobox, popover, floating-ui and scroll area: about 35 kB of gzipped JS,
// a seventh of the first page) is fetched when the switcher is about to be used, not with the
// page: a pointer over it, a touch, the focus. Until it arrives, an input that looks and is
// announced the same (a closed, read-only combobox showing the language) stands in; a click,
// Enter, Space or an arrow on it opens the real list as soon as it is there.
let loadedSelect: ComponentType<LanguageSelectProps> | undefined;
let loading: Promise<ComponentType<LanguageSelectProps>> | undefined;
const loadSelect = () => {
  loading ??= import('./language-select').then((module) => {
    loadedSelect = module.LanguageSelect;
    return module.LanguageSelect;
  });
  return loading;
};

const OPENING_KEYS = new Set(['Enter', 'NumpadEnter', 'Space', 'ArrowDown', 'ArrowUp']);

type Real = { Select: ComponentType<LanguageSelectProps>; isOpened: boolean; isFocused: boolean };

export const LanguageSwitcher = ({ withLabel = false }: Props) => {
  const { t, i18n } = useTranslation();
  const [real, setReal] = useState<Real | undefined>(() =>
    loadedSelect ? { Select: loadedSelect, isOpened: false, isFocused: false } : undefined,
  );
  const wantsOpen = useRef(false);
  const hasFocus = useRef(false);

  if (real) return <real.Select withLabel={withLabel} isOpened={real.isOpened} isFocused={real.isFocused} />;

  const wake = () => {
    void loadSelect().then((Select) =>
      setReal({ Select, isOpened: wantsOpen.current, isFocused: hasFocus.current }),
    );
  };
  const open = () => {
    wantsOpen.current = true;
    wake();
  };
  const current = languages.find((language) => language.code === i18n.language);
  return (
    <InputBase
      readOnly
      pointer
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      autoComplete="off"
      value={current?.nativeName ?? ''}
      label={withLabel ? t('language.label') : undefined}
      aria-label={withLabel ? undefined : t('language.label')}
      leftSection={<IconLanguage size={16} aria-hidden="true" />}
      rightSection={<ComboboxChevron size="sm" />}
      rightSectionPointerEvents="none"
      w={withLabel ? undefined : 132}
      size="sm"
      onPointerEnter={wake}
      onTouchStart={wake}
      onFocus={() => {
        hasFocus.current = true;
        wake();
      }}
      onBlur={() => {
        hasFocus.current = false;
      }}
      onPointerDown={open}
      onClick={open}
      onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
        if (!OPENING_KEYS.has(event.code)) return;
        event.preventDefault();
        open();
      }}
    />
  );
};
