import { type CreateEventBody, GroupEvent, GroupEventList, type UpdateEventBody } from '@pathways/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, requestJson } from '../../app/api-client';
import { indicatorKeys } from '../indicators/api';
import { type EventListSearch, eventListQueryString } from './event-search';

export const eventKeys = {
  all: ['events'] as const,
  list: (search: EventListSearch) => ['events', 'list', search] as const,
  detail: (eventId: string) => ['events', 'detail', eventId] as const,
};

const eventPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}`;

export const useEventList = (search: EventListSearch) =>
  useQuery({
    queryKey: eventKeys.list(search),
    queryFn: async ({ signal }) =>
      GroupEventList.parse(await getJson<unknown>(`/api/events?${eventListQueryString(search)}`, signal)),
    placeholderData: keepPreviousData,
  });

export const useEvent = (eventId: string | null) =>
  useQuery({
    queryKey: eventKeys.detail(eventId ?? ''),
    queryFn: async ({ signal }) => GroupEvent.parse(await getJson<unknown>(eventPath(eventId ?? ''), signal)),
    enabled: eventId !== null,
  });

/** An event changes the list and the indicators (participants, people reached). */
const useRefresh = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: eventKeys.all }),
      queryClient.invalidateQueries({ queryKey: indicatorKeys.all }),
    ]);
};

export const useCreateEvent = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (body: CreateEventBody) =>
      GroupEvent.parse(await postJson<unknown>('/api/events', body)),
    onSuccess: refresh,
  });
};

export const useUpdateEvent = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async ({ eventId, body }: { eventId: string; body: UpdateEventBody }) =>
      GroupEvent.parse(await requestJson<unknown>(eventPath(eventId), { method: 'PUT', body })),
    onSuccess: refresh,
  });
};

export const useDeleteEvent = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ eventId, version }: { eventId: string; version: number }) =>
      requestJson<void>(`${eventPath(eventId)}?version=${version}`, { method: 'DELETE' }),
    onSuccess: refresh,
  });
};
