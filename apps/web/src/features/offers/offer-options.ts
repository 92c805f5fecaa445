import { cefrLevels, clientGroups, deliveryModes, offerCategories, offerStatuses } from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeList } from '../clients/code-lists';
import { useLanguageNames } from './offer-format';

type Option = { value: string; label: string };

export const iscedLevels = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

/** Select options of the offer form, translated; languages from the server's code list. */
export const useOfferOptions = (selectedLanguages: readonly string[] = []) => {
  const { t, i18n } = useTranslation();
  const languageList = useCodeList('languages');
  const names = useLanguageNames();
  return useMemo(() => {
    const from = (values: readonly string[], prefix: string): Option[] =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    const sorted = (options: Option[]) =>
      [...options].sort((a, b) => a.label.localeCompare(b.label, i18n.language));
    // A language already chosen stays listed even if the code list no longer has it.
    const known = new Set(languageList.options.map((option) => option.value));
    const extra = selectedLanguages
      .filter((code) => !known.has(code))
      .map((code) => ({ value: code, label: names.nameOf(code) }));
    return {
      categories: sorted(from(offerCategories, 'offers.category')),
      statuses: from(offerStatuses, 'offers.status'),
      deliveryModes: from(deliveryModes, 'offers.deliveryMode'),
      clientGroups: from(clientGroups, 'clients.group'),
      cefrLevels: cefrLevels.map((level) => ({ value: level, label: level })),
      isced: iscedLevels.map((level) => ({
        value: String(level),
        label: t('clients.iscedOption', { level, name: t(`clients.isced.${level}`) }),
      })),
      languages: sorted([...languageList.options, ...extra]),
    };
  }, [t, i18n.language, languageList.options, selectedLanguages, names]);
};
