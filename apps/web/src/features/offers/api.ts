import { Offer, type OfferInput, OfferList, PublicOfferList } from '@pathways/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, requestJson } from '../../app/api-client';
import type { Language } from '../../i18n/languages';
import type { DirectorySearch, OfferListSearch } from './list-search';
import type { OfferUpdate } from './offer-validation';

export const DIRECTORY_PAGE_SIZE = 20;
export const OFFERS_PAGE_SIZE = 25;

export const offerKeys = {
  all: ['offers'] as const,
  list: (search: OfferListSearch) => ['offers', 'list', search] as const,
  detail: (offerId: string) => ['offers', 'detail', offerId] as const,
  public: (search: DirectorySearch, language: Language) => ['public-offers', search, language] as const,
};

const queryString = (entries: Record<string, string | number | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params.toString();
};

/** The public directory of one country, in the UI language (English where a text is missing). */
export const usePublicOffers = (search: DirectorySearch, language: Language) =>
  useQuery({
    queryKey: offerKeys.public(search, language),
    queryFn: async ({ signal }) => {
      const page = search.page ?? 1;
      const query = queryString({
        country: search.country,
        lang: language,
        q: search.q,
        category: search.category,
        limit: DIRECTORY_PAGE_SIZE,
        offset: (page - 1) * DIRECTORY_PAGE_SIZE,
      });
      return PublicOfferList.parse(await getJson<unknown>(`/api/public/offers?${query}`, signal));
    },
    enabled: Boolean(search.country),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

export const useOffers = (search: OfferListSearch) =>
  useQuery({
    queryKey: offerKeys.list(search),
    queryFn: async ({ signal }) => {
      const page = search.page ?? 1;
      const query = queryString({
        status: search.status,
        category: search.category,
        partnerOrganisationId: search.partner,
        q: search.q,
        limit: OFFERS_PAGE_SIZE,
        offset: (page - 1) * OFFERS_PAGE_SIZE,
      });
      return OfferList.parse(await getJson<unknown>(`/api/offers?${query}`, signal));
    },
    placeholderData: keepPreviousData,
  });

const offerPath = (offerId: string) => `/api/offers/${encodeURIComponent(offerId)}`;

export const fetchOffer = async (offerId: string): Promise<Offer> =>
  Offer.parse(await getJson<unknown>(offerPath(offerId)));

const useInvalidateOffers = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: offerKeys.all }),
      queryClient.invalidateQueries({ queryKey: ['public-offers'] }),
    ]);
};

export const useCreateOffer = () => {
  const invalidate = useInvalidateOffers();
  return useMutation({
    mutationFn: async (body: OfferInput) => Offer.parse(await postJson<unknown>('/api/offers', body)),
    onSuccess: invalidate,
  });
};

export const useUpdateOffer = () => {
  const invalidate = useInvalidateOffers();
  return useMutation({
    mutationFn: async ({ offerId, body }: { offerId: string; body: OfferUpdate }) =>
      Offer.parse(await requestJson<unknown>(offerPath(offerId), { method: 'PUT', body })),
    onSuccess: invalidate,
  });
};
