import {
  Client,
  ClientList,
  ClientSearchResult,
  Consent,
  type ConsentInput,
  type CreateClientBody,
  DuplicateCandidates,
  type DuplicateCheckBody,
  type UpdateClientBody,
} from '@pathways/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, requestJson } from '../../app/api-client';

export type ClientFilters = {
  group?: string | undefined;
  sex?: string | undefined;
  status?: string | undefined;
  centreId?: string | undefined;
};

export const PAGE_SIZE = 25;

// Query keys hold search text and names only in memory (the query cache), never in URLs or storage.
export const clientKeys = {
  all: ['clients'] as const,
  list: (filters: ClientFilters, page: number) => ['clients', 'list', filters, page] as const,
  search: (query: string) => ['clients', 'search', query] as const,
  duplicates: (body: DuplicateCheckBody | null) => ['clients', 'duplicates', body] as const,
  detail: (clientId: string) => ['clients', 'detail', clientId] as const,
};

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

const toQueryString = (filters: ClientFilters, page: number): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  params.set('limit', String(PAGE_SIZE));
  params.set('offset', String((page - 1) * PAGE_SIZE));
  return params.toString();
};

export const useClientList = (filters: ClientFilters, page: number, enabled: boolean) =>
  useQuery({
    queryKey: clientKeys.list(filters, page),
    queryFn: async ({ signal }) =>
      ClientList.parse(await getJson<unknown>(`/api/clients?${toQueryString(filters, page)}`, signal)),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useClientSearch = (query: string) =>
  useQuery({
    queryKey: clientKeys.search(query),
    queryFn: async ({ signal }) =>
      ClientSearchResult.parse(
        await requestJson<unknown>('/api/clients/search', {
          method: 'POST',
          body: { query, limit: 50 },
          signal,
        }),
      ).items,
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useDuplicateCheck = (body: DuplicateCheckBody | null) =>
  useQuery({
    queryKey: clientKeys.duplicates(body),
    queryFn: async ({ signal }) =>
      DuplicateCandidates.parse(
        await requestJson<unknown>('/api/clients/duplicates', { method: 'POST', body, signal }),
      ).items,
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

export const useClient = (clientId: string) =>
  useQuery({
    queryKey: clientKeys.detail(clientId),
    queryFn: async ({ signal }) => Client.parse(await getJson<unknown>(clientPath(clientId), signal)),
  });

const useStoreClient = () => {
  const queryClient = useQueryClient();
  return async (client: Client) => {
    queryClient.setQueryData(clientKeys.detail(client.id), client);
    await queryClient.invalidateQueries({
      queryKey: clientKeys.all,
      predicate: (query) => query.queryKey[1] !== 'detail',
    });
  };
};

export const useCreateClient = () => {
  const store = useStoreClient();
  return useMutation({
    mutationFn: async (body: CreateClientBody) => Client.parse(await postJson<unknown>('/api/clients', body)),
    onSuccess: store,
  });
};

export const useUpdateClient = (clientId: string) => {
  const store = useStoreClient();
  return useMutation({
    mutationFn: async (body: UpdateClientBody) =>
      Client.parse(await requestJson<unknown>(clientPath(clientId), { method: 'PUT', body })),
    onSuccess: store,
  });
};

const useRefreshClient = (clientId: string) => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) });
};

export const useRecordConsent = (clientId: string) => {
  const refresh = useRefreshClient(clientId);
  return useMutation({
    mutationFn: async (body: ConsentInput) =>
      Consent.parse(await postJson<unknown>(`${clientPath(clientId)}/consents`, body)),
    onSuccess: refresh,
  });
};

export const useWithdrawConsent = (clientId: string) => {
  const refresh = useRefreshClient(clientId);
  return useMutation({
    mutationFn: async (consentId: string) =>
      Consent.parse(
        await postJson<unknown>(`${clientPath(clientId)}/consents/${encodeURIComponent(consentId)}/withdraw`),
      ),
    onSuccess: refresh,
  });
};
