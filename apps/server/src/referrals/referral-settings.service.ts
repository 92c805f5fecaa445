import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { findOverdueDays, setOverdueDays } from './referrals.repo.js';

/** A country's referral settings, for those who manage its partners (404 outside their scope). */
async function settingsInScope(db: Kysely<DB>, actor: Actor, countryCode: string) {
  const scope = scopeFor(actor, 'partners.manage');
  const row = await findOverdueDays(db, countryCode);
  if (!row || !(scope.isGlobal || scope.countryCodes.includes(countryCode))) throw notFound('country');
  return row;
}

export async function getReferralSettings(db: Kysely<DB>, actor: Actor, countryCode: string) {
  const row = await settingsInScope(db, actor, countryCode);
  return { countryCode: row.code, overdueAfterDays: row.referral_overdue_days };
}

export async function updateReferralSettings(
  db: Kysely<DB>,
  actor: Actor,
  countryCode: string,
  overdueAfterDays: number,
  ip: string,
) {
  await settingsInScope(db, actor, countryCode);
  await db.transaction().execute(async (trx) => {
    await setOverdueDays(trx, countryCode, overdueAfterDays);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'referral_settings.update',
      entityType: 'country',
      entityId: null,
      countryCode,
      ip,
    });
  });
  return getReferralSettings(db, actor, countryCode);
}
