import type { Client } from '@pathways/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type NameLike = { given?: string | null; middle?: string | null; family?: string | null } | null;

export const joinName = (name: NameLike): string =>
  [name?.given, name?.middle, name?.family].filter((part) => part?.trim()).join(' ');

/** Years, dates and dates of birth in the UI language (Arabic gets its own digits). */
export const useClientFormat = () => {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const year = new Intl.NumberFormat(language, { useGrouping: false });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const formatYear = (value: number) => year.format(value);
    const formatDate = (iso: string) => {
      const parsed = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(parsed.getTime()) ? iso : date.format(parsed);
    };
    const formatDateOfBirth = (dob: Client['dateOfBirth']) => {
      if (!dob) return null;
      const yearOf = Number(dob.value.slice(0, 4));
      if (dob.precision === 'exact') return formatDate(dob.value);
      if (dob.precision === 'year') return formatYear(yearOf);
      return t('clients.aboutYear', { year: formatYear(yearOf) });
    };
    return { formatYear, formatDate, formatDateOfBirth };
  }, [language, t]);
};
