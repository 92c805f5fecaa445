import {
  type CreateReferralBody,
  OfferMatches,
  PartnerDetailList,
  PartnerReferral,
  PartnerReferralList,
  Referral,
  ReferralList,
  type ReferralStatus,
  type ReferralTransitionBody,
} from '@pathways/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, isApiError, postJson } from '../../app/api-client';
import { caseworkKeys } from '../casework/api';

export type ReferralFilters = { status?: ReferralStatus | undefined; overdue?: boolean | undefined };

export const REFERRALS_PAGE_SIZE = 25;

export const referralKeys = {
  all: ['referrals'] as const,
  client: (clientId: string) => ['referrals', 'staff', 'client', clientId] as const,
  list: (filters: ReferralFilters, page: number) => ['referrals', 'staff', 'list', filters, page] as const,
  overdueCount: ['referrals', 'staff', 'overdue-count'] as const,
  detail: (referralId: string) => ['referrals', 'staff', 'detail', referralId] as const,
  matches: (clientId: string) => ['referrals', 'matches', clientId] as const,
  partners: (countryCode: string) => ['referrals', 'partners', countryCode] as const,
  partner: ['referrals', 'partner'] as const,
  partnerList: (status: ReferralStatus | undefined, page: number) =>
    ['referrals', 'partner', 'list', status ?? null, page] as const,
  partnerDetail: (referralId: string) => ['referrals', 'partner', 'detail', referralId] as const,
};

const referralPath = (referralId: string) => `/api/referrals/${encodeURIComponent(referralId)}`;
const partnerReferralPath = (referralId: string) =>
  `/api/partner/referrals/${encodeURIComponent(referralId)}`;

const query = (values: Record<string, string | number | undefined>): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
};

// ---------------------------------------------------------------------------------------------
// Centre staff

/** A client's referrals (at most 200: far more than one person ever gets). */
export const useClientReferrals = (clientId: string, enabled = true) =>
  useQuery({
    queryKey: referralKeys.client(clientId),
    queryFn: async ({ signal }) =>
      ReferralList.parse(await getJson<unknown>(`/api/referrals?${query({ clientId, limit: 200 })}`, signal))
        .items,
    enabled,
  });

export const useReferralList = (filters: ReferralFilters, page: number) =>
  useQuery({
    queryKey: referralKeys.list(filters, page),
    queryFn: async ({ signal }) =>
      ReferralList.parse(
        await getJson<unknown>(
          `/api/referrals?${query({
            status: filters.status,
            overdue: filters.overdue ? 'true' : undefined,
            limit: REFERRALS_PAGE_SIZE,
            offset: (page - 1) * REFERRALS_PAGE_SIZE,
          })}`,
          signal,
        ),
      ),
    placeholderData: keepPreviousData,
  });

/** How many referrals in the user's scope wait too long for the partner's answer. */
export const useOverdueReferralCount = (enabled = true) =>
  useQuery({
    queryKey: referralKeys.overdueCount,
    queryFn: async ({ signal }) =>
      ReferralList.parse(
        await getJson<unknown>(`/api/referrals?${query({ overdue: 'true', limit: 1 })}`, signal),
      ).total,
    enabled,
  });

export const useReferral = (referralId: string) =>
  useQuery({
    queryKey: referralKeys.detail(referralId),
    queryFn: async ({ signal }) => Referral.parse(await getJson<unknown>(referralPath(referralId), signal)),
  });

export const useOfferMatches = (clientId: string, enabled = true) =>
  useQuery({
    queryKey: referralKeys.matches(clientId),
    queryFn: async ({ signal }) =>
      OfferMatches.parse(
        await getJson<unknown>(`/api/clients/${encodeURIComponent(clientId)}/offer-matches`, signal),
      ),
    enabled,
  });

/** The partners of a country, with whether their agreement lets them receive referrals today. */
export const useCountryPartners = (countryCode: string, enabled = true) =>
  useQuery({
    queryKey: referralKeys.partners(countryCode),
    queryFn: async ({ signal }) =>
      PartnerDetailList.parse(
        await getJson<unknown>(`/api/partners?${query({ country: countryCode })}`, signal),
      ).items,
    enabled,
    staleTime: 60_000,
  });

/** A referral changes the client's timeline, the lists, the overdue count and the seats left. */
const useRefreshAfterReferralChange = () => {
  const queryClient = useQueryClient();
  return (clientId: string | null) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: referralKeys.all }),
      clientId ? queryClient.invalidateQueries({ queryKey: caseworkKeys.client(clientId) }) : null,
    ]);
};

export const useCreateReferral = (clientId: string) => {
  const refresh = useRefreshAfterReferralChange();
  return useMutation({
    mutationFn: async (body: CreateReferralBody) =>
      Referral.parse(await postJson<unknown>(`/api/clients/${encodeURIComponent(clientId)}/referrals`, body)),
    onSuccess: () => refresh(clientId),
  });
};

/** A move by centre staff; a stale version (409) reloads the referral so the next try can succeed. */
export const useReferralTransition = (referral: Pick<Referral, 'id' | 'clientId'>) => {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterReferralChange();
  return useMutation({
    mutationFn: async (body: ReferralTransitionBody) =>
      Referral.parse(await postJson<unknown>(`${referralPath(referral.id)}/transitions`, body)),
    onSuccess: async (updated) => {
      queryClient.setQueryData(referralKeys.detail(updated.id), updated);
      await refresh(referral.clientId);
    },
    onError: (error) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404))
        void refresh(referral.clientId);
    },
  });
};

// ---------------------------------------------------------------------------------------------
// Partner staff

export const usePartnerReferralList = (status: ReferralStatus | undefined, page: number) =>
  useQuery({
    queryKey: referralKeys.partnerList(status, page),
    queryFn: async ({ signal }) =>
      PartnerReferralList.parse(
        await getJson<unknown>(
          `/api/partner/referrals?${query({
            status,
            limit: REFERRALS_PAGE_SIZE,
            offset: (page - 1) * REFERRALS_PAGE_SIZE,
          })}`,
          signal,
        ),
      ),
    placeholderData: keepPreviousData,
  });

export const usePartnerReferral = (referralId: string) =>
  useQuery({
    queryKey: referralKeys.partnerDetail(referralId),
    queryFn: async ({ signal }) =>
      PartnerReferral.parse(await getJson<unknown>(partnerReferralPath(referralId), signal)),
  });

export const usePartnerReferralTransition = (referralId: string) => {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: referralKeys.partner });
  return useMutation({
    mutationFn: async (body: ReferralTransitionBody) =>
      PartnerReferral.parse(await postJson<unknown>(`${partnerReferralPath(referralId)}/transitions`, body)),
    onSuccess: async (updated) => {
      queryClient.setQueryData(referralKeys.partnerDetail(updated.id), updated);
      await refresh();
    },
    onError: (error) => {
      if (isApiError(error) && (error.status === 409 || error.status === 404)) void refresh();
    },
  });
};
