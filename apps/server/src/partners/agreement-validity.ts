/** Today's date (UTC) as 'YYYY-MM-DD', the form date columns come back in. */
export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * An agreement lets a partner receive referrals on `today` when it is signed on or before that
 * day, expires after it, and names referrals among its purposes. Dates compare as ISO text.
 */
export function coversReferralsOn(
  agreement: { signed_on: string; expires_on: string; purposes: string[] },
  today: string,
): boolean {
  return (
    agreement.signed_on <= today && agreement.expires_on > today && agreement.purposes.includes('referrals')
  );
}
