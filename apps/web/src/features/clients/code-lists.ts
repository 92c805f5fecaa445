import { type CodeListName, CodeLists } from '@pathways/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson } from '../../app/api-client';
import { isLanguage } from '../../i18n/languages';

export const codeListsQueryOptions = queryOptions({
  queryKey: ['code-lists'] as const,
  queryFn: async ({ signal }) => CodeLists.parse(await getJson<unknown>('/api/code-lists', signal)).lists,
  staleTime: 30 * 60_000,
});

type Option = { value: string; label: string };

/**
 * The server's code lists (the server accepts only their codes), labelled in the UI language.
 * `labelOf` falls back to the code for a value no longer in the list.
 */
export const useCodeList = (name: CodeListName) => {
  const { i18n } = useTranslation();
  const lists = useQuery(codeListsQueryOptions);
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  return useMemo(() => {
    const items = lists.data?.find((list) => list.list === name)?.items ?? [];
    const options: Option[] = items.map((item) => ({ value: item.code, label: item.labels[language] }));
    const labels = new Map(options.map((option) => [option.value, option.label]));
    return {
      options,
      isLoading: lists.isPending,
      labelOf: (code: string): string | null => labels.get(code) ?? null,
    };
  }, [lists.data, lists.isPending, name, language]);
};
