import { type ReferralStatus, referralStatuses } from '@pathways/contracts';

/** Filters and page of the referral lists, kept in the URL (codes only, nothing personal). */
export type ReferralListSearch = { status?: ReferralStatus; overdue?: true; page?: number };

export const parseReferralListSearch = (search: Record<string, unknown>): ReferralListSearch => {
  const result: ReferralListSearch = {};
  const status = referralStatuses.find((candidate) => candidate === search.status);
  if (status) result.status = status;
  if (search.overdue === true || search.overdue === 'true') result.overdue = true;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1 && page <= 4000) result.page = page;
  return result;
};
