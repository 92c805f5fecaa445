import { AuditChainReport } from '@pathways/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../app/api-client';

export const auditKeys = { verify: ['audit', 'verify'] as const };

// A verification reads the whole trail: run it when the page opens or when asked, never in the
// background on window focus.
export const auditVerifyQueryOptions = queryOptions({
  queryKey: auditKeys.verify,
  queryFn: async ({ signal }) => AuditChainReport.parse(await getJson<unknown>('/api/audit/verify', signal)),
  staleTime: 0,
  refetchOnWindowFocus: false,
});

export const useAuditVerification = () => useQuery(auditVerifyQueryOptions);
