import { Caseload } from '@pathways/contracts';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../app/api-client';

// Apart from ./api.ts so the router can start this request while the caseload page's code is
// still loading (router.tsx): it pulls in nothing the first page load does not already carry.

/** Clients without contact for this many days are listed, unless the counsellor picks another span. */
export const DEFAULT_NO_CONTACT_DAYS = 30;

export const caseloadKey = (noContactDays: number) => ['casework', 'caseload', noContactDays] as const;

export const caseloadQueryOptions = (noContactDays: number) =>
  queryOptions({
    queryKey: caseloadKey(noContactDays),
    queryFn: async ({ signal }) =>
      Caseload.parse(await getJson<unknown>(`/api/caseload?noContactDays=${noContactDays}`, signal)),
  });
