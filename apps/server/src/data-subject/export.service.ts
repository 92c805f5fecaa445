import type { ClientExport, CounsellingSession } from '@pathways/contracts';
import type { Kysely, Transaction } from 'kysely';
import type { Actor, Scope } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import { presentTask, selectTasks } from '../casework/tasks.service.js';
import { buildTimeline } from '../casework/timeline.service.js';
import { presentClient } from '../clients/clients.presenter.js';
import { findClient, listConsents, listFamilyLinks } from '../clients/clients.repo.js';
import { findClientCipher } from '../crypto/client-cipher.js';
import type { KeyProvider } from '../crypto/key-ring.js';
import { fieldRef, sessionNotesBody } from '../crypto/sealed-columns.js';
import type { DB } from '../db/schema.js';
import { notFound } from '../http/errors.js';
import { presentReferral } from '../referrals/referrals.presenter.js';
import { listReferralEvents, listStaffReferrals } from '../referrals/referrals.repo.js';
import { clientErased } from './erased.js';
import {
  type ExportSessionRow,
  findStaffMember,
  listAssessmentsForExport,
  listSessionsForExport,
} from './export.repo.js';

export type ExportLanguage = ClientExport['language'];

// More referrals than anyone has; the export must never be cut short silently.
const ALL_REFERRALS = 100_000;

const reaches = (scope: Scope, client: { country_code: string; centre_id: string }) =>
  scope.isGlobal ||
  scope.countryCodes.includes(client.country_code) ||
  scope.centreIds.includes(client.centre_id);

/** Each session as the API shows it, with its sensitive note opened only for those who may read it. */
async function presentSessions(
  trx: Transaction<DB>,
  keys: KeyProvider,
  actor: Actor,
  client: { country_code: string; id: string },
  rows: ExportSessionRow[],
  canReadSensitive: boolean,
  ip: string,
): Promise<ClientExport['sessions']> {
  const cipher = canReadSensitive
    ? await findClientCipher(trx, keys, { countryCode: client.country_code, clientId: client.id })
    : null;
  const sessions: ClientExport['sessions'] = [];
  for (const row of rows) {
    const hasSensitiveNotes = row.sensitive_session_id !== null;
    let sensitiveNotes: string | null = null;
    if (canReadSensitive && row.body_ciphertext && cipher?.isCurrent(row.body_ciphertext)) {
      sensitiveNotes = cipher.open(fieldRef(sessionNotesBody, row.id), row.body_ciphertext);
      // Every opening of a sealed field is audited, here as in the notes endpoint.
      await appendAuditEvent(trx, {
        actorUserId: actor.userId,
        action: 'session.sensitive_notes.read',
        entityType: 'session',
        entityId: row.id,
        countryCode: client.country_code,
        ip,
      });
    }
    sessions.push({
      id: row.id,
      clientId: row.client_id,
      counsellorId: row.counsellor_id,
      counsellorName: row.counsellor_name,
      heldOn: row.held_on,
      channel: row.channel as CounsellingSession['channel'],
      format: row.format as CounsellingSession['format'],
      topics: row.topics as CounsellingSession['topics'],
      durationMinutes: row.duration_minutes,
      notes: row.notes,
      hasSensitiveNotes,
      nextSteps: row.next_steps,
      createdAt: row.created_at.toISOString(),
      sensitiveNotes,
      sensitiveNotesWithheld: hasSensitiveNotes && !canReadSensitive,
    });
  }
  return sessions;
}

/**
 * Everything Pathways holds about one client, for an access request: profile, consents, family,
 * sessions, tasks, assessments, referrals with what was shared, and the timeline. The export is
 * audited ('client.export') in the transaction that opens any sensitive note.
 */
export async function buildClientExport(
  db: Kysely<DB>,
  keys: KeyProvider,
  actor: Actor,
  clientId: string,
  requestedLanguage: ExportLanguage | undefined,
  ip: string,
): Promise<ClientExport> {
  const scope = scopeFor(actor, 'clients.export');
  const row = await findClient(db, scope, clientId);
  if (!row) throw notFound('client');
  if (row.status === 'erased') throw clientErased(row);
  const key = { countryCode: row.country_code, clientId: row.id };
  const canReadSensitive = reaches(scopeFor(actor, 'clients.sensitive.read'), row);
  const [me, consents, family, sessionRows, tasks, assessments, referrals, timeline] = await Promise.all([
    findStaffMember(db, actor.userId),
    listConsents(db, row.country_code, row.id),
    listFamilyLinks(db, scope, row.country_code, row.id),
    listSessionsForExport(db, key),
    selectTasks(db)
      .where('t.country_code', '=', row.country_code)
      .where('t.client_id', '=', row.id)
      .orderBy('t.created_at')
      .execute(),
    listAssessmentsForExport(db, key),
    listStaffReferrals(db, scope, { clientId: row.id, limit: ALL_REFERRALS, offset: 0 }),
    buildTimeline(db, actor, row.id),
  ]);
  const referralViews = await Promise.all(
    referrals.items.map(async (r) => ({
      ...presentReferral(r, await listReferralEvents(db, r.country_code, r.id)),
      sharedSnapshot: r.shared_snapshot,
      redactedAt: r.redacted_at ? r.redacted_at.toISOString() : null,
    })),
  );
  return db.transaction().execute(async (trx) => {
    const sessions = await presentSessions(trx, keys, actor, row, sessionRows, canReadSensitive, ip);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'client.export',
      entityType: 'client',
      entityId: row.id,
      countryCode: row.country_code,
      ip,
    });
    return {
      format: 'pathways.client-export',
      formatVersion: 1,
      exportedAt: new Date().toISOString(),
      exportedBy: { userId: me.id, name: me.display_name },
      language: requestedLanguage ?? me.locale,
      // A relative who is a client in their own right: their name and record are theirs, not
      // this person's, so the export keeps the relation only.
      client: presentClient(
        row,
        consents,
        family.map((f) =>
          f.relatedClientId
            ? { relation: f.relation, relatedClientId: null, name: null, relatedCaseCode: null }
            : f,
        ),
      ),
      sessions,
      tasks: tasks.map(presentTask),
      pathwayAssessments: assessments.map((a) => ({
        id: a.id,
        packId: a.pack_id,
        packVersion: a.pack_version,
        evaluatedOn: a.evaluated_on,
        profile: a.profile as Record<string, unknown>,
        result: a.result,
        createdBy: a.created_by_name,
        createdAt: a.created_at.toISOString(),
      })),
      referrals: referralViews,
      timeline: timeline.items,
    };
  });
}
