import { clientGroups, clientStatuses, sexes } from '@pathways/contracts';

/** Filters and page of the client list: kept in the URL (no names ever, the search text stays out). */
export type ClientListSearch = {
  group?: (typeof clientGroups)[number];
  sex?: (typeof sexes)[number];
  status?: (typeof clientStatuses)[number];
  centreId?: string;
  page?: number;
};

const pick = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((candidate) => candidate === value);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const parseClientListSearch = (search: Record<string, unknown>): ClientListSearch => {
  const result: ClientListSearch = {};
  const group = pick(clientGroups, search.group);
  const sex = pick(sexes, search.sex);
  const status = pick(clientStatuses, search.status);
  if (group) result.group = group;
  if (sex) result.sex = sex;
  if (status) result.status = status;
  if (typeof search.centreId === 'string' && UUID.test(search.centreId)) result.centreId = search.centreId;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 4000) result.page = page;
  return result;
};
