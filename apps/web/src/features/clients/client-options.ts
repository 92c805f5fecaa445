import {
  cefrLevels,
  clientGroups,
  clientStatuses,
  consentPurposes,
  dobPrecisions,
  heardVia,
  idDocumentTypes,
  migrationPurposes,
  returnKinds,
  sexes,
} from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeList } from './code-lists';
import { countryCodes } from './reference-codes';

export const iscedLevels = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export const languageLevels = [...cefrLevels, 'native'] as const;

type Option = { value: string; label: string };

const displayNames = (language: string, type: 'region' | 'language') => {
  try {
    return new Intl.DisplayNames([language], { type });
  } catch {
    return null;
  }
};

/** Names of countries and languages in the UI language (the code list first, then Intl), else the code. */
export const useCodeNames = () => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const { labelOf } = useCodeList('languages');
  return useMemo(() => {
    const regions = displayNames(language, 'region');
    const languages = displayNames(language, 'language');
    const nameOf = (names: Intl.DisplayNames | null, code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return {
      countryName: (code: string) => nameOf(regions, code),
      languageName: (code: string) => labelOf(code) ?? nameOf(languages, code),
    };
  }, [language, labelOf]);
};

const sortByLabel = (options: Option[], language: string) =>
  [...options].sort((a, b) => a.label.localeCompare(b.label, language));

/** Select options for every coded field of a client, translated. */
export const useClientOptions = () => {
  const { t, i18n } = useTranslation();
  const { countryName } = useCodeNames();
  const languageList = useCodeList('languages');
  const language = i18n.language;
  return useMemo(() => {
    const from = (values: readonly string[], prefix: string): Option[] =>
      values.map((value) => ({ value, label: t(`${prefix}.${value}`) }));
    return {
      groups: from(clientGroups, 'clients.group'),
      sexes: from(sexes, 'clients.sex'),
      statuses: from(clientStatuses, 'clients.status'),
      dobPrecisions: from(dobPrecisions, 'clients.dobPrecision'),
      idDocumentTypes: from(idDocumentTypes, 'clients.idDocumentType'),
      purposes: from(migrationPurposes, 'clients.purpose'),
      returnKinds: from(returnKinds, 'clients.returnKind'),
      heardVia: from(heardVia, 'clients.heardVia'),
      consentPurposes: from(consentPurposes, 'clients.consentPurpose'),
      languageLevels: languageLevels.map((level) => ({
        value: level,
        label: level === 'native' ? t('clients.languageLevelNative') : level,
      })),
      isced: iscedLevels.map((level) => ({
        value: String(level),
        label: t('clients.iscedOption', { level, name: t(`clients.isced.${level}`) }),
      })),
      countries: sortByLabel(
        countryCodes.map((code) => ({ value: code, label: countryName(code) })),
        language,
      ),
      languages: sortByLabel(languageList.options, language),
    };
  }, [t, countryName, languageList.options, language]);
};
