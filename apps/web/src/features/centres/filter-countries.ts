import type { Country } from '@pathways/contracts';

export type StatusFilter = 'all' | Country['status'];

const normalise = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/**
 * A country stays when its own fields match (with all its centres); otherwise it stays with
 * only the centres that match.
 */
export const filterCountries = (countries: Country[], query: string, status: StatusFilter): Country[] => {
  const needle = normalise(query.trim());
  const matches = (...values: string[]) => values.some((value) => normalise(value).includes(needle));
  return countries
    .filter((country) => status === 'all' || country.status === status)
    .flatMap((country) => {
      if (!needle || matches(country.name, country.code, country.partnerInstitution)) return [country];
      const centres = country.centres.filter((centre) =>
        matches(centre.name, centre.city, centre.operator, centre.code),
      );
      return centres.length > 0 ? [{ ...country, centres }] : [];
    });
};
