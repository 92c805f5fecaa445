import { Me, Meta, type Permission, type SecondFactorBody, SecondFactorChallenge } from '@pathways/contracts';
import { queryOptions, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getJson, postJson, setCsrfToken } from '../../app/api-client';

export const authKeys = {
  me: ['auth', 'me'] as const,
  meta: ['meta'] as const,
};

const rememberSession = (me: Me): Me => {
  setCsrfToken(me.csrfToken);
  return me;
};

export const fetchMe = async (signal?: AbortSignal): Promise<Me> =>
  rememberSession(Me.parse(await getJson<unknown>('/api/auth/me', signal)));

export const meQueryOptions = queryOptions({
  queryKey: authKeys.me,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
  retry: false,
});

export const metaQueryOptions = queryOptions({
  queryKey: authKeys.meta,
  queryFn: async ({ signal }) => Meta.parse(await getJson<unknown>('/api/meta', signal)),
  staleTime: Number.POSITIVE_INFINITY,
});

export const useMeta = () => useQuery(metaQueryOptions);

/** The signed-in user; only used below the authenticated layout, whose guard loaded it. */
export const useMe = (): Me => useSuspenseQuery(meQueryOptions).data;

export const useCan = (permission: Permission): boolean => useMe().permissions.includes(permission);

/** The right password either signs in or, with a second factor set up, asks for a code. */
export const login = async (email: string, password: string): Promise<Me | SecondFactorChallenge> => {
  const body = await postJson<unknown>('/api/auth/login', { email, password });
  const challenge = SecondFactorChallenge.safeParse(body);
  return challenge.success ? challenge.data : rememberSession(Me.parse(body));
};

export const isSecondFactorChallenge = (
  result: Me | SecondFactorChallenge,
): result is SecondFactorChallenge => 'secondFactor' in result;

export const completeSecondFactor = async (body: SecondFactorBody): Promise<Me> =>
  rememberSession(Me.parse(await postJson<unknown>('/api/auth/login/second-factor', body)));

/** After a session was replaced (second factor confirmed): the new CSRF token and user. */
export const adoptSession = (me: Me): Me => rememberSession(me);

export const logout = async (): Promise<void> => {
  try {
    await postJson<void>('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
};
