// Each feature keeps its messages in locales/features/<feature>/<lang>.json, apart from the main
// files, so parallel work does not collide. They are merged under the feature's name as a key
// prefix: `t('offers.title')` reads locales/features/offers/<lang>.json → "title".

type Messages = Record<string, unknown>;

const featureOf = (path: string): string => path.split('/').at(-2) ?? '';

const byFeature = (files: Record<string, Messages>): Messages =>
  Object.fromEntries(Object.entries(files).map(([path, messages]) => [featureOf(path), messages]));

// English is the fallback and ships in the entry chunk.
export const englishFeatureMessages: Messages = byFeature(
  import.meta.glob<Messages>('../locales/features/*/en.json', { eager: true, import: 'default' }),
);

const lazy = {
  fr: import.meta.glob<Messages>('../locales/features/*/fr.json', { import: 'default' }),
  ar: import.meta.glob<Messages>('../locales/features/*/ar.json', { import: 'default' }),
};

/** The feature messages of French or Arabic, fetched on demand (their own chunks). */
export const loadFeatureMessages = async (language: 'fr' | 'ar'): Promise<Messages> => {
  const entries = await Promise.all(
    Object.entries(lazy[language]).map(async ([path, load]) => [featureOf(path), await load()] as const),
  );
  return Object.fromEntries(entries);
};
