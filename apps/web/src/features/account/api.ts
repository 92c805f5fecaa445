import {
  MfaActivated,
  MfaEnrolment,
  MfaStatus,
  type PasswordChangeBody,
  RecoveryCodes,
  type SecondFactorBody,
} from '@pathways/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, setCsrfToken } from '../../app/api-client';
import { adoptSession, authKeys } from '../auth/api';

export const accountKeys = { mfa: ['account', 'mfa'] as const };

export const mfaStatusQueryOptions = queryOptions({
  queryKey: accountKeys.mfa,
  queryFn: async ({ signal }) => MfaStatus.parse(await getJson<unknown>('/api/auth/mfa', signal)),
});

export const useMfaStatus = () => useQuery(mfaStatusQueryOptions);

const useRefreshAccount = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.mfa }),
      queryClient.invalidateQueries({ queryKey: authKeys.me }),
    ]);
};

/** A new secret to scan; kept in the component's memory only, never in browser storage. */
export const useStartEnrolment = () =>
  useMutation({
    mutationFn: async () => MfaEnrolment.parse(await postJson<unknown>('/api/auth/mfa/enrolment')),
  });

/** The server replaces the session on confirmation: adopt the new CSRF token and permissions. */
export const useConfirmEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) =>
      MfaActivated.parse(await postJson<unknown>('/api/auth/mfa/enrolment/confirm', { code })),
    onSuccess: async ({ me }) => {
      queryClient.setQueryData(authKeys.me, adoptSession(me));
      await queryClient.invalidateQueries({ queryKey: accountKeys.mfa });
    },
  });
};

export const useDisableMfa = () => {
  const refresh = useRefreshAccount();
  return useMutation({
    mutationFn: (body: SecondFactorBody) => postJson<void>('/api/auth/mfa/disable', body),
    onSuccess: refresh,
  });
};

export const useRenewRecoveryCodes = () => {
  const refresh = useRefreshAccount();
  return useMutation({
    mutationFn: async (code: string) =>
      RecoveryCodes.parse(await postJson<unknown>('/api/auth/mfa/recovery-codes', { code })).recoveryCodes,
    onSuccess: refresh,
  });
};

export const useChangePassword = () =>
  useMutation({ mutationFn: (body: PasswordChangeBody) => postJson<void>('/api/auth/password', body) });

export const useLogOutEverywhere = () =>
  useMutation({
    mutationFn: async () => {
      try {
        await postJson<void>('/api/auth/logout-everywhere');
      } finally {
        setCsrfToken(null);
      }
    },
  });
