import type { ReferralStatus } from '@pathways/contracts';

/**
 * How each status looks. These shades keep white badge text above 4.5:1 (the test checks it);
 * every badge also shows the status in words and its own icon, so colour is never the only signal.
 */
export const referralStatusColours: Record<ReferralStatus, string> = {
  draft: 'gray.7',
  sent: 'blue.8',
  accepted: 'cyan.9',
  declined: 'red.9',
  enrolled: 'indigo.8',
  completed: 'teal.9',
  dropped_out: 'pink.9',
  no_show: 'grape.9',
  cancelled: 'gray.7',
};

export const referralStatusLabelKey = (status: ReferralStatus): string => `referrals.status.${status}`;
