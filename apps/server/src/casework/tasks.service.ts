import type { CreateTaskBody, Task } from '@pathways/contracts';
import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../access/actor.js';
import { auditClientChange } from '../clients/client-audit.js';
import { findClientOrThrow } from '../clients/clients.service.js';
import type { DB } from '../db/schema.js';
import { conflict, invalid, notFound } from '../http/errors.js';

/** Tasks with their client's case code and whether they are overdue today in the centre's zone. */
export function selectTasks(db: Kysely<DB>) {
  return db
    .selectFrom('tasks as t')
    .innerJoin('clients as c', (join) =>
      join.onRef('c.country_code', '=', 't.country_code').onRef('c.id', '=', 't.client_id'),
    )
    .innerJoin('centres as ce', 'ce.id', 'c.centre_id')
    .innerJoin('users as u', 'u.id', 't.assignee_id')
    .select([
      't.id',
      't.country_code',
      't.client_id',
      'c.case_code',
      't.goal',
      't.title',
      't.due_on',
      't.assignee_id',
      'u.display_name as assignee_name',
      't.status',
      't.version',
      't.created_at',
      sql<boolean>`t.status = 'open' AND t.due_on < (now() AT TIME ZONE ce.time_zone)::date`.as('is_overdue'),
    ]);
}

type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

export function presentTask(row: TaskRow): Task {
  return {
    id: row.id,
    clientId: row.client_id,
    caseCode: row.case_code,
    goal: row.goal,
    title: row.title,
    dueOn: row.due_on,
    assigneeId: row.assignee_id,
    assigneeName: row.assignee_name,
    status: row.status,
    isOverdue: row.is_overdue,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}

/** Active staff who may hold a client's tasks: at the client's centre or over its country. */
function assignableStaff(db: Kysely<DB>, client: { country_code: string; centre_id: string }) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('u.status', '=', 'active')
    .where('m.role', 'in', ['counsellor', 'centre_manager', 'country_manager'])
    .where((eb) =>
      eb.or([
        eb('m.centre_id', '=', client.centre_id),
        eb.and([eb('m.scope_type', '=', 'country'), eb('m.country_code', '=', client.country_code)]),
      ]),
    );
}

async function assertAssignable(
  db: Kysely<DB>,
  userId: string,
  client: { country_code: string; centre_id: string },
) {
  const membership = await assignableStaff(db, client)
    .select('m.id')
    .where('m.user_id', '=', userId)
    .executeTakeFirst();
  if (!membership) throw invalid('assigneeId', "is not an active colleague at the client's centre");
}

/** Who the task form may offer as assignee: names only, no emails or roles. */
export async function listAssignableStaff(db: Kysely<DB>, actor: Actor, clientId: string) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const rows = await assignableStaff(db, client)
    .select(['u.id', 'u.display_name'])
    .distinct()
    .orderBy('u.display_name')
    .execute();
  return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name })) };
}

export async function createTask(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  body: CreateTaskBody,
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  const assigneeId = body.assigneeId ?? actor.userId;
  await assertAssignable(db, assigneeId, client);
  const id = uuidv7();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tasks')
      .values({
        country_code: client.country_code,
        id,
        client_id: client.id,
        goal: body.goal || null,
        title: body.title,
        due_on: body.dueOn,
        assignee_id: assigneeId,
        created_by: actor.userId,
      })
      .execute();
    await auditClientChange(trx, actor, 'task.create', client, ip);
  });
  return presentTask(
    await selectTasks(db)
      .where('t.country_code', '=', client.country_code)
      .where('t.id', '=', id)
      .executeTakeFirstOrThrow(),
  );
}

export async function listTasks(db: Kysely<DB>, actor: Actor, clientId: string) {
  const client = await findClientOrThrow(db, actor, 'clients.read', clientId);
  const rows = await selectTasks(db)
    .where('t.country_code', '=', client.country_code)
    .where('t.client_id', '=', client.id)
    .orderBy('t.status')
    .orderBy('t.due_on')
    .execute();
  return { items: rows.map(presentTask) };
}

export async function updateTaskStatus(
  db: Kysely<DB>,
  actor: Actor,
  clientId: string,
  taskId: string,
  change: { status: 'open' | 'done' | 'cancelled'; version: number },
  ip: string,
) {
  const client = await findClientOrThrow(db, actor, 'clients.write', clientId);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('tasks')
      .set({
        status: change.status,
        version: change.version + 1,
        completed_at: change.status === 'done' ? new Date() : null,
      })
      .where('country_code', '=', client.country_code)
      .where('client_id', '=', client.id)
      .where('id', '=', taskId)
      .where('version', '=', change.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) {
      const exists = await trx
        .selectFrom('tasks')
        .select('id')
        .where('country_code', '=', client.country_code)
        .where('client_id', '=', client.id)
        .where('id', '=', taskId)
        .executeTakeFirst();
      if (!exists) throw notFound('task');
      throw conflict(
        'version_conflict',
        'Someone changed this task after you opened it; reload it.',
        'version',
      );
    }
    await auditClientChange(trx, actor, `task.${change.status}`, client, ip);
  });
  return presentTask(
    await selectTasks(db)
      .where('t.country_code', '=', client.country_code)
      .where('t.id', '=', taskId)
      .executeTakeFirstOrThrow(),
  );
}
