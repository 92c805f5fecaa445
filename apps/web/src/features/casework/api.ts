import {
  AssignableStaff,
  Client,
  CounsellingSession,
  type CreateSessionBody,
  type CreateTaskBody,
  type closeReasons,
  SensitiveNotes,
  SessionList,
  Task,
  TaskList,
  Timeline,
  type taskStatuses,
} from '@pathways/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, isApiError, postJson, requestJson } from '../../app/api-client';
import { clientKeys } from '../clients/api';
import { caseloadKey, caseloadQueryOptions } from './caseload-query';

export type CloseReason = (typeof closeReasons)[number];
export type TaskStatus = (typeof taskStatuses)[number];

export const caseworkKeys = {
  all: ['casework'] as const,
  client: (clientId: string) => ['casework', 'client', clientId] as const,
  sessions: (clientId: string) => ['casework', 'client', clientId, 'sessions'] as const,
  sensitiveNotes: (clientId: string, sessionId: string) =>
    ['casework', 'client', clientId, 'sensitive-notes', sessionId] as const,
  tasks: (clientId: string) => ['casework', 'client', clientId, 'tasks'] as const,
  timeline: (clientId: string) => ['casework', 'client', clientId, 'timeline'] as const,
  caseload: caseloadKey,
};

const clientPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}`;

export const useSessions = (clientId: string) =>
  useQuery({
    queryKey: caseworkKeys.sessions(clientId),
    queryFn: async ({ signal }) =>
      SessionList.parse(await getJson<unknown>(`${clientPath(clientId)}/sessions`, signal)).items,
  });

/** Fetched only on an explicit request: every reading is audited, and nothing is kept afterwards. */
export const useSensitiveNotes = (clientId: string, sessionId: string, isRevealed: boolean) =>
  useQuery({
    queryKey: caseworkKeys.sensitiveNotes(clientId, sessionId),
    queryFn: async ({ signal }) =>
      SensitiveNotes.parse(
        await getJson<unknown>(
          `${clientPath(clientId)}/sessions/${encodeURIComponent(sessionId)}/sensitive-notes`,
          signal,
        ),
      ).sensitiveNotes,
    enabled: isRevealed,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });

export const useTasks = (clientId: string) =>
  useQuery({
    queryKey: caseworkKeys.tasks(clientId),
    queryFn: async ({ signal }) =>
      TaskList.parse(await getJson<unknown>(`${clientPath(clientId)}/tasks`, signal)).items,
  });

export const useTimeline = (clientId: string) =>
  useQuery({
    queryKey: caseworkKeys.timeline(clientId),
    queryFn: async ({ signal }) =>
      Timeline.parse(await getJson<unknown>(`${clientPath(clientId)}/timeline`, signal)).items,
  });

export const useCaseload = (noContactDays: number) =>
  useQuery({ ...caseloadQueryOptions(noContactDays), placeholderData: keepPreviousData });

/** Sessions, tasks and status changes all show on the timeline and in the caseload: refresh both. */
const useRefreshCasework = () => {
  const queryClient = useQueryClient();
  return (clientId: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: caseworkKeys.client(clientId) }),
      queryClient.invalidateQueries({ queryKey: ['casework', 'caseload'] }),
    ]);
};

export const useRecordSession = (clientId: string) => {
  const refresh = useRefreshCasework();
  return useMutation({
    mutationFn: async (body: CreateSessionBody) =>
      CounsellingSession.parse(await postJson<unknown>(`${clientPath(clientId)}/sessions`, body)),
    onSuccess: () => refresh(clientId),
  });
};

export const useCreateTask = (clientId: string) => {
  const refresh = useRefreshCasework();
  return useMutation({
    mutationFn: async (body: CreateTaskBody) =>
      Task.parse(await postJson<unknown>(`${clientPath(clientId)}/tasks`, body)),
    onSuccess: () => refresh(clientId),
  });
};

/** Colleagues the client's tasks may be assigned to (names only). */
export const useAssignableStaff = (clientId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['casework', 'client', clientId, 'assignable-staff'] as const,
    queryFn: async ({ signal }) =>
      AssignableStaff.parse(await getJson<unknown>(`${clientPath(clientId)}/assignable-staff`, signal)).items,
    enabled,
    staleTime: 5 * 60_000,
  });

export const useUpdateTaskStatus = (clientId: string) => {
  const refresh = useRefreshCasework();
  return useMutation({
    mutationFn: async ({ task, status }: { task: Task; status: TaskStatus }) =>
      Task.parse(
        await requestJson<unknown>(`${clientPath(clientId)}/tasks/${encodeURIComponent(task.id)}`, {
          method: 'PATCH',
          body: { status, version: task.version },
        }),
      ),
    // A conflict means someone else changed the task: reload it either way.
    onSettled: () => refresh(clientId),
  });
};

/** A client read on demand (the duplicate to merge), to learn its current version. */
export const useClientRecord = (clientId: string | null) =>
  useQuery({
    queryKey: clientKeys.detail(clientId ?? ''),
    queryFn: async ({ signal }) => Client.parse(await getJson<unknown>(clientPath(clientId ?? ''), signal)),
    enabled: clientId !== null,
  });

const useStoreClientChange = () => {
  const queryClient = useQueryClient();
  const refresh = useRefreshCasework();
  return async (clientId: string, client: Client | null) => {
    if (client) queryClient.setQueryData(clientKeys.detail(client.id), client);
    else queryClient.removeQueries({ queryKey: clientKeys.detail(clientId) });
    await Promise.all([
      refresh(clientId),
      queryClient.invalidateQueries({
        queryKey: clientKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      }),
    ]);
  };
};

/** After a conflict, load the records' current versions so the next attempt can succeed. */
const useReloadStaleClients = () => {
  const queryClient = useQueryClient();
  return (error: unknown, clientIds: string[]) => {
    if (!isApiError(error) || error.status !== 409) return;
    for (const id of clientIds) {
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: caseworkKeys.client(id) });
    }
  };
};

type ClientAction =
  | { kind: 'close'; reason: CloseReason; version: number }
  | { kind: 'reopen'; version: number }
  | { kind: 'transfer'; centreId: string; version: number };

/** Close, reopen or transfer. A transfer answers null when the case left the user's reach. */
export const useClientAction = (clientId: string) => {
  const store = useStoreClientChange();
  const reloadStale = useReloadStaleClients();
  return useMutation({
    mutationFn: async ({ kind, ...body }: ClientAction) =>
      Client.nullable().parse(await postJson<unknown>(`${clientPath(clientId)}/${kind}`, body)),
    onSuccess: (client) => store(clientId, client),
    onError: (error) => reloadStale(error, [clientId]),
  });
};

export const useMergeClient = (survivorId: string) => {
  const store = useStoreClientChange();
  const reloadStale = useReloadStaleClients();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { duplicateId: string; version: number; duplicateVersion: number }) =>
      Client.parse(await postJson<unknown>(`${clientPath(survivorId)}/merge`, body)),
    onSuccess: async (client, body) => {
      await Promise.all([
        store(survivorId, client),
        queryClient.invalidateQueries({ queryKey: clientKeys.detail(body.duplicateId) }),
        queryClient.invalidateQueries({ queryKey: caseworkKeys.client(body.duplicateId) }),
      ]);
    },
    onError: (error, body) => reloadStale(error, [survivorId, body.duplicateId]),
  });
};
