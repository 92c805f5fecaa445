import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import { englishFeatureMessages, loadFeatureMessages } from './feature-messages';
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

type Messages = Record<string, unknown>;

// English is the fallback and ships in the entry chunk; the other languages are fetched on
// demand (their own chunks), before i18next switches to them.
const english: Messages = { ...en, ...englishFeatureMessages };
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  fr: async () => {
    const [main, features] = await Promise.all([import('../locales/fr.json'), loadFeatureMessages('fr')]);
    return { ...main.default, ...features };
  },
  ar: async () => {
    const [main, features] = await Promise.all([import('../locales/ar.json'), loadFeatureMessages('ar')]);
    return { ...main.default, ...features };
  },
};

const loadMessages = (language: Language): Promise<Record<string, unknown>> =>
  language === 'en' ? Promise.resolve(english) : loaders[language]();

/** Makes sure i18next holds the language's messages; after `initI18n` only. */
const ensureLanguage = async (language: Language): Promise<void> => {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loadMessages(language));
};

// Switches apply in the order they were asked for, even if an earlier language loads last.
let latestSwitch = 0;
const switchLanguage = async (language: Language): Promise<void> => {
  const request = ++latestSwitch;
  await ensureLanguage(language);
  if (request === latestSwitch) await i18n.changeLanguage(language);
};

export const initI18n = async (): Promise<void> => {
  let initial = readStoredLanguage() ?? detectBrowserLanguage() ?? 'en';
  let initialMessages: Record<string, unknown> = english;
  try {
    initialMessages = await loadMessages(initial);
  } catch {
    // The language's chunk could not be fetched: start in English rather than not at all.
    initial = 'en';
  }
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
      resources: {
        en: { translation: english },
        ...(initial === 'en' ? {} : { [initial]: { translation: initialMessages } }),
      },
      interpolation: { escapeValue: false },
    });
};

export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/** The user picked a language: remember it and switch. */
export const pickLanguage = async (language: Language): Promise<void> => {
  storeLanguage(language);
  try {
    await switchLanguage(language);
  } catch {
    // The language's chunk could not be fetched: stay as we are; the choice applies on the next visit.
  }
};

/** After login or /me: use the account's language unless the user already picked one here. */
export const adoptAccountLanguage = async (locale: Language): Promise<void> => {
  if (readStoredLanguage() !== null) return;
  if (currentLanguage() === locale) return;
  try {
    await switchLanguage(locale);
  } catch {
    // The language's chunk could not be fetched: keep the current language.
  }
};
