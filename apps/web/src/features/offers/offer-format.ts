import type { Locale, Offer } from '@pathways/contracts';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date (YYYY-MM-DD) in the UI language. It is read and shown in UTC: a date has no
 * time of day, and the browser's zone must not move it to the day before.
 */
export const formatIsoDate = (iso: string, language: string): string => {
  if (!ISO_DATE.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
};

/** An amount in its currency, e.g. "MAD 1,500.00" or "1 500,00 MAD"; the code alone if Intl refuses it. */
export const formatMoney = (amount: number, currency: string, language: string): string => {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
};

/** "From 1 Mar 2026 to 30 Jun 2026", "From …", "Until …", or nothing. */
export const describeDates = (
  startsOn: string | null | undefined,
  endsOn: string | null | undefined,
  language: string,
  t: TFunction,
): string | null => {
  const start = startsOn ? formatIsoDate(startsOn, language) : null;
  const end = endsOn ? formatIsoDate(endsOn, language) : null;
  if (start && end) return t('offers.dates.range', { start, end });
  if (start) return t('offers.dates.from', { start });
  if (end) return t('offers.dates.until', { end });
  return null;
};

/** Seats left as a sentence; a null count means no seat limit. */
export const describeSeats = (seatsLeft: number | null, t: TFunction): string =>
  seatsLeft === null
    ? t('offers.seats.noLimit')
    : seatsLeft === 0
      ? t('offers.seats.full')
      : t('offers.seats.left', { count: seatsLeft });

type Cost = { amount: number; currency: string; note?: string | undefined } | null;

/** "Free of charge", the price, or null when the cost is not stated. */
export const describeCost = (cost: Cost, language: string, t: TFunction): string | null =>
  !cost
    ? null
    : cost.amount === 0
      ? t('offers.cost.free')
      : formatMoney(cost.amount, cost.currency, language);

/** The title in the UI language, else English; with the language it is in (for `lang`). */
export const localisedTitle = (
  offer: Pick<Offer, 'title'>,
  language: string,
): { text: string; lang: Locale } => {
  const value = offer.title[language as Locale];
  return value ? { text: value, lang: language as Locale } : { text: offer.title.en, lang: 'en' };
};

/** Language names in the UI language (Intl), the code when Intl does not know it. */
export const useLanguageNames = () => {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([language], { type: 'language' });
    } catch {
      names = null;
    }
    const list = new Intl.ListFormat(language, { style: 'short', type: 'conjunction' });
    const nameOf = (code: string) => {
      try {
        return names?.of(code) ?? code;
      } catch {
        return code;
      }
    };
    return { nameOf, listOf: (codes: readonly string[]) => list.format(codes.map(nameOf)) };
  }, [language]);
};
