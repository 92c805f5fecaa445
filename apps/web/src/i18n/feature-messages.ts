import type { i18n as I18n } from 'i18next';
import type { Language } from './languages';

// Each feature keeps its messages in locales/features/<feature>/<lang>.json, apart from the main
// files, so parallel work does not collide. They are merged under the feature's name as a key
// prefix: `t('offers.title')` reads locales/features/offers/<lang>.json → "title".
//
// A feature's messages load with the routes that render them (router.tsx declares which), in the
// language on screen, so the first page load carries none of them. The few the shell renders on
// every page (navigation labels, the login page's links) ship with the main messages: see
// ./shell-messages/.

export type Messages = Record<string, unknown>;

export const featureOf = (path: string): string => path.split('/').at(-2) ?? '';

// `?raw`: the files' text, parsed on arrival. A plain JSON import would be the same module as the
// shell's named imports (./shell-messages/*), and a bundler keeps one module in one chunk, so the
// whole file would ride along with the shell.
const files = import.meta.glob<string>('../locales/features/*/*.json', { query: '?raw', import: 'default' });

export const featureNames: readonly string[] = [...new Set(Object.keys(files).map(featureOf))].sort();

export const fetchFeatureMessages = async (language: Language, feature: string): Promise<Messages> => {
  const load = files[`../locales/features/${feature}/${language}.json`];
  if (!load) throw new Error(`No ${language} messages for the feature "${feature}"`);
  return JSON.parse(await load()) as Messages;
};

export type MessageSources = {
  /** The main messages of a language, with the shell's feature messages. */
  main: (language: Language) => Promise<Messages>;
  feature: (language: Language, feature: string) => Promise<Messages>;
  features: readonly string[];
};

/**
 * Keeps i18next holding what the screen needs: the main messages of each language shown, and the
 * messages of every feature a route has asked for, in the language on screen and in the one being
 * switched to. Each file is fetched once.
 */
export const createMessageLoader = (i18n: I18n, sources: MessageSources) => {
  const requested = new Set<string>();
  const loads = new Map<string, Promise<void>>();
  // The language most recently asked for: the one on screen, or the one a switch is preparing.
  let target: Language | undefined;

  const once = (key: string, load: () => Promise<void>): Promise<void> => {
    let pending = loads.get(key);
    if (!pending) {
      // A failed fetch may be retried (the next route load, the next switch).
      pending = load().catch((error: unknown) => {
        loads.delete(key);
        throw error;
      });
      loads.set(key, pending);
    }
    return pending;
  };

  const add = (language: Language, messages: Messages): void => {
    i18n.addResourceBundle(language, 'translation', messages, true, true);
  };

  const loadMain = (language: Language) =>
    once(language, async () => add(language, await sources.main(language)));

  const loadFeature = (language: Language, feature: string) =>
    once(`${language}:${feature}`, async () =>
      add(language, { [feature]: await sources.feature(language, feature) }),
    );

  const shownLanguage = (): Language | undefined =>
    i18n.isInitialized ? (i18n.language as Language) : undefined;

  return {
    /** Fetches what switching to the language needs; the caller then switches. */
    prepareLanguage: async (language: Language): Promise<void> => {
      target = language;
      await loadMain(language);
      // Features asked for while these load are loaded too: a switch never shows raw keys.
      let count = -1;
      while (count !== requested.size) {
        count = requested.size;
        await Promise.all([...requested].map((feature) => loadFeature(language, feature)));
      }
    },

    /** Fetches the features' messages in the language on screen (and the one being switched to). */
    loadFeatures: async (features: readonly string[]): Promise<void> => {
      const unknown = features.filter((feature) => !sources.features.includes(feature));
      if (unknown.length > 0) throw new Error(`Unknown message features: ${unknown.join(', ')}`);
      for (const feature of features) requested.add(feature);
      const shown = shownLanguage() ?? target ?? 'en';
      const pending = target && target !== shown ? target : undefined;
      // The language being switched to: prepareLanguage picks up what is missing if this fails.
      if (pending) for (const feature of features) void loadFeature(pending, feature).catch(() => undefined);
      await Promise.all(features.map((feature) => loadFeature(shown, feature)));
    },
  };
};
