// The countries with a Centre for Migration and Development, as the reference data seeds them
// (apps/server/src/db/migrations/0001_foundation.sql). The country list of the API needs a
// sign-in, and the public directory must work without one, so the codes are kept here; names
// come from Intl.DisplayNames in the UI language. The currency is the form's default for a cost.
export const programmeCountries = [
  { code: 'MA', currency: 'MAD' },
  { code: 'TN', currency: 'TND' },
  { code: 'EG', currency: 'EGP' },
  { code: 'IQ', currency: 'IQD' },
  { code: 'PK', currency: 'PKR' },
  { code: 'GH', currency: 'GHS' },
  { code: 'NG', currency: 'NGN' },
  { code: 'JO', currency: 'JOD' },
  { code: 'ID', currency: 'IDR' },
  { code: 'AL', currency: 'ALL' },
  { code: 'GM', currency: 'GMD' },
  { code: 'XK', currency: 'EUR' },
  { code: 'SN', currency: 'XOF' },
  { code: 'RS', currency: 'RSD' },
] as const;

export type ProgrammeCountry = (typeof programmeCountries)[number]['code'];

export const isProgrammeCountry = (value: unknown): value is ProgrammeCountry =>
  programmeCountries.some((country) => country.code === value);

/** The local currency of a programme country, for a new cost; empty when unknown. */
export const currencyOf = (countryCode: string | null | undefined): string =>
  programmeCountries.find((country) => country.code === countryCode)?.currency ?? '';

const regionNames = (language: string): Intl.DisplayNames | null => {
  try {
    return new Intl.DisplayNames([language], { type: 'region' });
  } catch {
    return null;
  }
};

export const countryNameIn = (language: string) => {
  const names = regionNames(language);
  return (code: string): string => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  };
};

/** Select options for the programme countries, named and sorted in the UI language. */
export const programmeCountryOptions = (language: string): { value: string; label: string }[] => {
  const nameOf = countryNameIn(language);
  const collator = new Intl.Collator(language);
  return programmeCountries
    .map(({ code }) => ({ value: code, label: nameOf(code) }))
    .sort((a, b) => collator.compare(a.label, b.label));
};
