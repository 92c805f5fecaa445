import type { Locale } from '@pathways/contracts';

export type Language = Locale;

export const languages: readonly { code: Language; nativeName: string; dir: 'ltr' | 'rtl' }[] = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && languages.some((language) => language.code === value);

export const directionOf = (language: Language): 'ltr' | 'rtl' =>
  languages.find((entry) => entry.code === language)?.dir ?? 'ltr';

/** A UI preference, not personal data: the only thing Pathways keeps in browser storage. */
export const LANGUAGE_STORAGE_KEY = 'pathways.language';

export const readStoredLanguage = (): Language | null => {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
};

export const storeLanguage = (language: Language): void => {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
};

export const detectBrowserLanguage = (): Language | null => {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return null;
};
