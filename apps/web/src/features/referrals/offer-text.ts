import type { LocalisedText } from '@pathways/contracts';

/** An offer's text in the UI language, else English (always present). */
export const localised = (text: LocalisedText, language: string): string => {
  const base = language.split('-')[0];
  return (base === 'fr' || base === 'ar' ? text[base] : undefined) ?? text.en;
};
