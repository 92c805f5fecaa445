import { type EraseClientBody, ErasedClient, exportLanguages } from '@pathways/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson } from '../../app/api-client';
import { clientKeys } from '../clients/api';

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

/** Where the export of a client is, in the UI language when the export speaks it. */
export const exportUrl = (clientId: string, format: 'json' | 'html', language: string) => {
  const lang = exportLanguages.find((l) => l === language);
  return `${clientPath(clientId)}/export.${format}${lang ? `?lang=${lang}` : ''}`;
};

export const useErasedClient = (clientId: string) =>
  useQuery({
    queryKey: ['clients', 'erasure', clientId] as const,
    queryFn: async ({ signal }) =>
      ErasedClient.parse(await getJson<unknown>(`${clientPath(clientId)}/erasure`, signal)),
  });

export const useEraseClient = (clientId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: EraseClientBody) =>
      ErasedClient.parse(await postJson<unknown>(`${clientPath(clientId)}/erasure`, body)),
    // The record now answers 410: reloading it shows the erased page; lists drop it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.all }),
  });
};
