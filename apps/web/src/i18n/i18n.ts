import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import { createMessageLoader, featureNames, fetchFeatureMessages, type Messages } from './feature-messages';
import {
  detectBrowserLanguage,
  directionOf,
  isLanguage,
  type Language,
  readStoredLanguage,
  storeLanguage,
} from './languages';
import { shellMessages as englishShell } from './shell-messages/en';

const applyDocumentLanguage = (language: Language): void => {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
};

export const i18n = i18next.createInstance();

// English is the fallback and ships in the entry chunk; the other languages are fetched on
// demand (their own chunks), before i18next switches to them. Feature messages beyond the
// shell's load with the routes that show them (loadFeatureMessages, called by the router).
const english: Messages = { ...en, ...englishShell };
const mainLoaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  fr: async () => {
    const [main, shell] = await Promise.all([import('../locales/fr.json'), import('./shell-messages/fr')]);
    return { ...main.default, ...shell.shellMessages };
  },
  ar: async () => {
    const [main, shell] = await Promise.all([import('../locales/ar.json'), import('./shell-messages/ar')]);
    return { ...main.default, ...shell.shellMessages };
  },
};

const messages = createMessageLoader(i18n, {
  main: (language) => (language === 'en' ? Promise.resolve(english) : mainLoaders[language]()),
  feature: fetchFeatureMessages,
  features: featureNames,
});

/** Fetches the messages of these features (locales/features/<name>/) in the language on screen. */
export const loadFeatureMessages = (features: readonly string[]): Promise<void> =>
  messages.loadFeatures(features);

// Switches apply in the order they were asked for, even if an earlier language loads last.
let latestSwitch = 0;
const switchLanguage = async (language: Language): Promise<void> => {
  const request = ++latestSwitch;
  await messages.prepareLanguage(language);
  if (request === latestSwitch) await i18n.changeLanguage(language);
};

export const initI18n = async (): Promise<void> => {
  const initial = readStoredLanguage() ?? detectBrowserLanguage() ?? 'en';
  i18n.on('languageChanged', (language) => {
    if (isLanguage(language)) applyDocumentLanguage(language);
  });
  // Start in English (in the entry chunk), then switch before the first render.
  await i18n
    .use(ICU)
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: ['en', 'fr', 'ar'],
      resources: { en: { translation: english } },
      interpolation: { escapeValue: false },
    });
  if (initial === 'en') return;
  try {
    await switchLanguage(initial);
  } catch {
    // The language's chunk could not be fetched: start in English rather than not at all.
  }
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
