import {
  type AgreementInput,
  type PartnerDetail,
  PartnerDetailList,
  PartnerDetail as PartnerDetailSchema,
  type PartnerInput,
} from '@pathways/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, requestJson } from '../../app/api-client';
import { referenceKeys } from '../centres/api';
import { summaryKeys } from '../home/api';

export const partnerKeys = { all: ['partners'] as const };

/** Every partner in the actor's scope, with contacts and agreements (a country has a handful). */
export const partnersQueryOptions = queryOptions({
  queryKey: partnerKeys.all,
  queryFn: async ({ signal }) =>
    PartnerDetailList.parse(await getJson<unknown>('/api/partners', signal)).items,
  staleTime: 60_000,
});

export const usePartners = (enabled = true) => useQuery({ ...partnersQueryOptions, enabled });

const partnerPath = (partnerId: string) => `/api/partners/${encodeURIComponent(partnerId)}`;

const useInvalidatePartners = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: partnerKeys.all }),
      queryClient.invalidateQueries({ queryKey: referenceKeys.partnerOrganisations }),
      queryClient.invalidateQueries({ queryKey: summaryKeys.all }),
    ]);
};

export type CreatePartner = PartnerInput & { countryCode: string };
export type UpdatePartner = PartnerInput & { version: number };

export const useCreatePartner = () => {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: async (body: CreatePartner): Promise<PartnerDetail> =>
      PartnerDetailSchema.parse(await postJson<unknown>('/api/partners', body)),
    onSuccess: invalidate,
  });
};

export const useUpdatePartner = () => {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: async ({
      partnerId,
      body,
    }: {
      partnerId: string;
      body: UpdatePartner;
    }): Promise<PartnerDetail> =>
      PartnerDetailSchema.parse(await requestJson<unknown>(partnerPath(partnerId), { method: 'PUT', body })),
    onSuccess: invalidate,
  });
};

export const useAddAgreement = () => {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: async ({
      partnerId,
      body,
    }: {
      partnerId: string;
      body: AgreementInput;
    }): Promise<PartnerDetail> =>
      PartnerDetailSchema.parse(await postJson<unknown>(`${partnerPath(partnerId)}/agreements`, body)),
    onSuccess: invalidate,
  });
};
