import { type CreateUserBody, User, UserList } from '@pathways/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson } from '../../app/api-client';
import { summaryKeys } from '../home/api';

export const userKeys = { all: ['users'] as const };

export const usersQueryOptions = queryOptions({
  queryKey: userKeys.all,
  queryFn: async ({ signal }) => UserList.parse(await getJson<unknown>('/api/users', signal)).items,
});

export const useUsers = () => useQuery(usersQueryOptions);

const useInvalidateUsers = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: summaryKeys.all }),
    ]);
};

export const useCreateUser = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async (body: CreateUserBody) => User.parse(await postJson<unknown>('/api/users', body)),
    onSuccess: invalidate,
  });
};

export type StatusChange = 'deactivate' | 'reactivate';

export const useChangeUserStatus = () => {
  const invalidate = useInvalidateUsers();
  return useMutation({
    mutationFn: async ({ userId, change }: { userId: string; change: StatusChange }) =>
      User.parse(await postJson<unknown>(`/api/users/${encodeURIComponent(userId)}/${change}`)),
    onSuccess: invalidate,
  });
};
