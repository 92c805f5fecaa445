import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import ar from '../locales/ar.json';
import en from '../locales/en.json';
import fr from '../locales/fr.json';
import pathwaysAr from '../locales/pathways/ar.json';
import pathwaysEn from '../locales/pathways/en.json';
import pathwaysFr from '../locales/pathways/fr.json';
import {
  detectBrowserLanguage,
  directionOf,
  isLanguage,
  type Language,
  readStoredLanguage,
  storeLanguage,
} from './languages';

const applyDocumentLanguage = (language: Language): void => {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
};

export const i18n = i18next.createInstance();

export const initI18n = async (): Promise<void> => {
  const initial = readStoredLanguage() ?? detectBrowserLanguage() ?? 'en';
  applyDocumentLanguage(initial);
  i18n.on('languageChanged', (language) => {
    if (isLanguage(language)) applyDocumentLanguage(language);
  });
  await i18n
    .use(ICU)
    .use(initReactI18next)
    .init({
      lng: initial,
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr', 'ar'],
      // Feature files live apart from the main ones so parallel work does not collide; they are
      // merged under a `pathways.` prefix of the one namespace.
      resources: {
        en: { translation: { ...en, pathways: pathwaysEn } },
        fr: { translation: { ...fr, pathways: pathwaysFr } },
        ar: { translation: { ...ar, pathways: pathwaysAr } },
      },
      interpolation: { escapeValue: false },
    });
};

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/** The user picked a language: remember it and switch. */
export const pickLanguage = async (language: Language): Promise<void> => {
  storeLanguage(language);
  await i18n.changeLanguage(language);
};

/** After login or /me: use the account's language unless the user already picked one here. */
export const adoptAccountLanguage = async (locale: Language): Promise<void> => {
  if (readStoredLanguage() !== null) return;
  if (currentLanguage() !== locale) await i18n.changeLanguage(locale);
};
