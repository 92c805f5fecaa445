import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/i18n';

/**
 * Wraps a value in Unicode isolates (FSI…PDI) before it goes into a right-to-left sentence, so a
 * Latin name, a case code or a date inside Arabic text keeps its own direction. Left-to-right
 * sentences are left as they are, so their text stays plain to copy and to find.
 */
export const isolate = (value: string): string => (i18n.dir() === 'rtl' ? `\u2068${value}\u2069` : value);

/** Today in the browser's own zone, as YYYY-MM-DD (what a date field holds). */
export const todayIso = (now: Date = new Date()): string => {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

/** The ISO day `days` after `iso` (negative for before). */
export const addDays = (iso: string, days: number): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** Calendar days (YYYY-MM-DD) formatted per locale; a day has no time zone, so UTC keeps it whole. */
export const useDateFormat = () => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const medium = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
    const format = (formatter: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
    };
    return {
      formatDay: (iso: string) => format(medium, iso),
      formatWeekday: (iso: string) => format(weekday, iso),
    };
  }, [language]);
};
