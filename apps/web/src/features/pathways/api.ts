import type { PathwayEvaluation, PathwayProfile } from '@pathways/domain';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson } from '../../app/api-client';
import { caseworkKeys } from '../casework/api';

// Types only from @pathways/domain: the engine and its packs stay on the server, the web app never
// bundles them. The shapes below mirror apps/server/src/pathways/pathways.schemas.ts.
export type { PathwayEvaluation, PathwayProfile, Reason, RouteResult, RouteStatus } from '@pathways/domain';

export type RulePackSummary = {
  id: string;
  destination: string;
  version: string;
  publishedOn: string;
  routes: { id: string; title: string; legalBasis: string }[];
};

export type PathwayAssessment = {
  id: string;
  clientId: string;
  packId: string;
  packVersion: string;
  evaluatedOn: string;
  profile: PathwayProfile;
  result: PathwayEvaluation;
  createdBy: string;
  createdAt: string;
};

export type EvaluateRequest = { profile: PathwayProfile; evaluationDate?: string; packId?: string };

export const pathwayKeys = {
  packs: ['pathways', 'packs'] as const,
  clientProfile: (clientId: string) => ['pathways', 'client', clientId, 'profile'] as const,
  assessments: (clientId: string) => ['pathways', 'client', clientId, 'assessments'] as const,
};

const clientPath = (clientId: string, tail: string) => `/api/clients/${encodeURIComponent(clientId)}/${tail}`;

export const packsQueryOptions = queryOptions({
  queryKey: pathwayKeys.packs,
  queryFn: async ({ signal }) =>
    (await getJson<{ items: RulePackSummary[] }>('/api/public/pathways/packs', signal)).items,
  staleTime: 60 * 60_000,
});

export const useRulePacks = () => useQuery(packsQueryOptions);

/** Public evaluation: nothing is stored, by the self-check and the counsellor's preview alike. */
export const useEvaluatePathways = () =>
  useMutation({
    mutationFn: (body: EvaluateRequest) => postJson<PathwayEvaluation>('/api/public/pathways/evaluate', body),
  });

export const useSuggestedProfile = (clientId: string, isEnabled: boolean) =>
  useQuery({
    queryKey: pathwayKeys.clientProfile(clientId),
    queryFn: async ({ signal }) =>
      (await getJson<{ profile: PathwayProfile }>(clientPath(clientId, 'pathway-profile'), signal)).profile,
    enabled: isEnabled,
    staleTime: 0,
  });

export const useAssessments = (clientId: string) =>
  useQuery({
    queryKey: pathwayKeys.assessments(clientId),
    queryFn: async ({ signal }) =>
      (await getJson<{ items: PathwayAssessment[] }>(clientPath(clientId, 'pathway-assessments'), signal))
        .items,
  });

export const useSaveAssessment = (clientId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EvaluateRequest) =>
      postJson<PathwayAssessment>(clientPath(clientId, 'pathway-assessments'), body),
    // A saved check also appears on the client's timeline.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: pathwayKeys.assessments(clientId) }),
        queryClient.invalidateQueries({ queryKey: caseworkKeys.timeline(clientId) }),
      ]),
  });
};
