import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/**
 * Lower case without accents or Arabic vowel marks, so "electricien" finds "Électriciens" and
 * "لحامون" finds "لحّامون": people type names of long lists without the marks.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .toLowerCase();
}

const isItem = (option: ComboboxParsedItem): option is ComboboxItem => 'value' in option;

/** A Select/Combobox filter: every typed word must appear in the option's folded label. */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  const matches = (option: ComboboxItem) => {
    const label = foldForSearch(option.label);
    return words.every((word) => label.includes(word));
  };
  const out: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (out.length >= limit) break;
    if (isItem(option)) {
      if (matches(option)) out.push(option);
    } else {
      const items = option.items.filter((item) => isItem(item) && matches(item));
      if (items.length) out.push({ ...option, items });
    }
  }
  return out;
};
