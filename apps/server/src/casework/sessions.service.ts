import type { CounsellingSession, CreateSessionBody } from '@pathways/contracts';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { scopeFor } from '../access/policies.js';
import { appendAuditEvent } from '../audit/audit.repo.js';
import { auditClientChange } from '../clients/client-audit.js';
import { findClient, touchClient } from '../clients/clients.repo.js';
import { findClientOrThrow } from '../clients/clients.service.js';
import { clientCipher, findClientCipher } from '../crypto/client-cipher.js';
import type { KeyProvider } from '../crypto/key-ring.js';
import { fieldRef, sessionNotesBody } from '../crypto/sealed-columns.js';
import type { DB } from '../db/schema.js';
import { AppError, notFound } from '../http/errors.js';
import { refreshClientYears, yearOfDate } from '../indicators/rollup.repo.js';

type SessionRow = {
  id: string;
  client_id: string;
  counsellor_id: string;
  counsellor_name: string;
  held_on: string;
  channel: string;
  format: string;
  topics: string[];
  duration_minutes: number;
  notes: string;
  next_steps: string;
  created_at: Date;
  has_sensitive_notes: boolean | number;
};

function presentSession(row: SessionRow): CounsellingSession {
  return {
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
    hasSensitiveNotes: Boolean(row.has_sensitive_notes),
    nextSteps: row.next_steps,
    createdAt: row.created_at.toISOString(),
  };
}

function selectSessions(db: Kysely<DB>, countryCode: string) {
  return db
    .selectFrom('counselling_sessions as s')
    .innerJoin('users as u', 'u.id', 's.counsellor_id')
    .select((eb) => [
      's.id',
      's.client_id',
      's.counsellor_id',
      'u.display_name as counsellor_name',
      's.held_on',
      's.channel',
      's.format',
      's.topics',
      's.duration_minutes',
      's.notes',
      's.next_steps',
      's.created_at',
      eb
        .exists(
          eb
            .selectFrom('session_sensitive_notes as n')
            .select('n.session_id')
            .whereRef('n.country_code', '=', 's.country_code')
            .whereRef('n.session_id', '=', 's.id'),
        )
        .as('has_sensitive_notes'),
    ])
    .where('s.country_code', '=', countryCode);
}

export async function recordSession(
  db: Kysely<DB>,
  keys: KeyProvider,
  actor: Actor,
  clientId: string,
  body: CreateSessionBody,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  if (client.status !== 'active')
    throw new AppError(409, 'client_closed', 'Reopen the case before recording a session.');
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('counselling_sessions')
      .values({
        country_code: client.country_code,
        id,
        client_id: client.id,
        centre_id: client.centre_id,
        counsellor_id: actor.userId,
        held_on: body.heldOn,
        channel: body.channel,
        format: body.format,
        topics: body.topics,
        duration_minutes: body.durationMinutes,
        notes: body.notes,
        next_steps: body.nextSteps,
      })
      .execute();
    if (body.sensitiveNotes) {
      // Sealed under the client's data key before it reaches the database; never stored in clear.
      const cipher = await clientCipher(trx, keys, { countryCode: client.country_code, clientId: client.id });
      await trx
        .insertInto('session_sensitive_notes')
        .values({
          country_code: client.country_code,
          session_id: id,
          body_ciphertext: cipher.seal(fieldRef(sessionNotesBody, id), body.sensitiveNotes),
        })
        .execute();
    }
    await touchClient(trx, client.country_code, client.id);
    await refreshClientYears(trx, client.country_code, client.id, [yearOfDate(body.heldOn)]);
    await auditClientChange(trx, actor, 'session.record', client, ip);
  });
  const row = await selectSessions(db, client.country_code).where('s.id', '=', id).executeTakeFirstOrThrow();
  return presentSession(row);
}

export async function listSessions(db: Kysely<DB>, actor: Actor, clientId: string) {
  const client = await findClientOrThrow(db, actor, 'clients.read', clientId);
  const rows = await selectSessions(db, client.country_code)
    .where('s.client_id', '=', client.id)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.created_at', 'desc')
    .execute();
  return { items: rows.map(presentSession) };
}

/**
 * Sensitive notes need their own permission (clients.sensitive.read) within the client's scope;
 * they are opened with the client's data key and each reading is audited in the same transaction.
 */
export async function readSensitiveNotes(
  db: Kysely<DB>,
  keys: KeyProvider,
  actor: Actor,
  clientId: string,
  sessionId: string,
  ip: string,
) {
  const client = await findClient(db, scopeFor(actor, 'clients.sensitive.read'), clientId);
  if (!client) throw notFound('client');
  return db.transaction().execute(async (trx) => {
    // Key first (FOR SHARE): a re-encryption cannot swap key and ciphertext between the two reads.
    const cipher = await findClientCipher(trx, keys, {
      countryCode: client.country_code,
      clientId: client.id,
    });
    const note = await trx
      .selectFrom('session_sensitive_notes as n')
      .innerJoin('counselling_sessions as s', (join) =>
        join.onRef('s.country_code', '=', 'n.country_code').onRef('s.id', '=', 'n.session_id'),
      )
      .select('n.body_ciphertext')
      .where('n.country_code', '=', client.country_code)
      .where('n.session_id', '=', sessionId)
      .where('s.client_id', '=', client.id)
      .executeTakeFirst();
    // Sealed by a data key that was since erased (or no key left): the notes are gone for good.
    if (!note?.body_ciphertext || !cipher?.isCurrent(note.body_ciphertext)) throw notFound('sensitive note');
    const sensitiveNotes = cipher.open(fieldRef(sessionNotesBody, sessionId), note.body_ciphertext);
    await appendAuditEvent(trx, {
      actorUserId: actor.userId,
      action: 'session.sensitive_notes.read',
      entityType: 'session',
      entityId: sessionId,
      countryCode: client.country_code,
      ip,
    });
    return { sessionId, sensitiveNotes };
  });
}
