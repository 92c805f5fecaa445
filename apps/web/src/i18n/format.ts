import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Intl formatters for the current UI language (numbers, dates, lists, language names). */
export const useFormatters = () => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const number = new Intl.NumberFormat(language);
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const list = new Intl.ListFormat(language, { style: 'short', type: 'conjunction' });
    const languageNames = new Intl.DisplayNames([language], { type: 'language' });
    return {
      formatNumber: (value: number) => number.format(value),
      formatDateTime: (iso: string) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      formatList: (values: readonly string[]) => list.format(values),
      formatLanguageName: (code: string) => {
        try {
          return languageNames.of(code) ?? code;
        } catch {
          return code;
        }
      },
    };
  }, [language]);
};
