import { useMemo } from 'react';
import { languages } from '../../i18n/languages';
import { useClientOptions } from './client-options';

/** The languages a consent text may have been read in: the UI languages first, then the others. */
export const useConsentLanguageOptions = () => {
  const options = useClientOptions();
  return useMemo(() => {
    const first = languages.map((language) => ({ value: language.code, label: language.nativeName }));
    const rest = options.languages.filter((option) => !first.some((entry) => entry.value === option.value));
    return [...first, ...rest];
  }, [options.languages]);
};
