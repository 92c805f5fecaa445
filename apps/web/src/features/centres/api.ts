import { CountryList, PartnerOrganisationList } from '@pathways/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../app/api-client';

export const referenceKeys = {
  countries: ['countries'] as const,
  partnerOrganisations: ['partner-organisations'] as const,
};

export const countriesQueryOptions = queryOptions({
  queryKey: referenceKeys.countries,
  queryFn: async ({ signal }) => CountryList.parse(await getJson<unknown>('/api/countries', signal)).items,
  staleTime: 5 * 60_000,
});

export const partnerOrganisationsQueryOptions = queryOptions({
  queryKey: referenceKeys.partnerOrganisations,
  queryFn: async ({ signal }) =>
    PartnerOrganisationList.parse(await getJson<unknown>('/api/partner-organisations', signal)).items,
  staleTime: 5 * 60_000,
});

export const useCountries = () => useQuery(countriesQueryOptions);

export const usePartnerOrganisations = (enabled = true) =>
  useQuery({ ...partnerOrganisationsQueryOptions, enabled });
