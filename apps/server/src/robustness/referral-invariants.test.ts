import type { Kysely, Transaction } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../db/schema.js';
import { createTestApp, type TestContext } from '../testing/index.js';
import { buildFuzzWorld, type FuzzWorld } from './fuzz-fixtures.js';
import type { Ack } from './referral-burst.js';
import { checkReferrals } from './referral-invariants.js';

// The crash test (crash.pg-test.ts) is only as good as its checker: each kind of half-applied
// write it looks for must actually be reported.

let t: TestContext;
let world: FuzzWorld;
let ack: Ack;

beforeAll(async () => {
  t = await createTestApp();
  world = await buildFuzzWorld(t); // one referral, sent, at version 1, to a 10-seat offer
  ack = {
    referralId: world.params.referralId as string,
    status: 'sent',
    version: 1,
    offerId: world.params.offerId as string,
  };
});
afterAll(() => t.close());

class RolledBack extends Error {}

/** The checker's verdict on the database as `damage` leaves it, rolled back afterwards. */
async function checkAfter(damage: (trx: Transaction<DB>) => Promise<unknown>) {
  let verdict: Awaited<ReturnType<typeof checkReferrals>> | undefined;
  await t.database.db
    .transaction()
    .execute(async (trx) => {
      await damage(trx);
      verdict = await checkReferrals(trx as Kysely<DB>, [ack], [ack.offerId]);
      throw new RolledBack();
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return verdict as NonNullable<typeof verdict>;
}

describe('the crash test checker', () => {
  it('finds a whole referral whole', async () => {
    const verdict = await checkAfter(async () => {});
    expect(verdict).toMatchObject({ found: 1, missing: [], halfApplied: [] });
  });

  it('reports a status its events do not explain, and a version that does not count them', async () => {
    const verdict = await checkAfter((trx) =>
      trx
        .updateTable('referrals')
        .set({ status: 'accepted', version: 2 })
        .where('id', '=', ack.referralId)
        .execute(),
    );
    expect(verdict.halfApplied).toEqual([
      `${ack.referralId}: status accepted, last event sent`,
      `${ack.referralId}: version 2, 1 events`,
    ]);
  });

  it('reports a referral without its event, and the acknowledged write as missing', async () => {
    const verdict = await checkAfter((trx) =>
      trx.deleteFrom('referral_events').where('referral_id', '=', ack.referralId).execute(),
    );
    expect(verdict.halfApplied).toEqual([`${ack.referralId}: its events do not form one life from creation`]);
    expect(verdict.missing).toHaveLength(1);
  });

  it('reports a seat taken without an enrolment', async () => {
    const verdict = await checkAfter((trx) =>
      trx.updateTable('offers').set({ seats_left: 9 }).where('id', '=', ack.offerId).execute(),
    );
    expect(verdict.halfApplied).toEqual([`offer ${ack.offerId}: 9 seats left, 10 less 0 enrolled`]);
  });

  it('reports an event written without its audit event', async () => {
    const verdict = await checkAfter(async (trx) => {
      const event = await trx
        .selectFrom('referral_events')
        .select(['country_code', 'actor_id'])
        .where('referral_id', '=', ack.referralId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('referral_events')
        .values({
          ...event,
          id: crypto.randomUUID(),
          referral_id: ack.referralId,
          from_status: 'sent',
          to_status: 'accepted',
          actor_side: 'partner',
        })
        .execute();
      await trx
        .updateTable('referrals')
        .set({ status: 'accepted', version: 2 })
        .where('id', '=', ack.referralId)
        .execute();
    });
    expect(verdict.halfApplied).toEqual([
      `${ack.referralId}: events referral.accepted,referral.send, audited referral.send`,
    ]);
  });
});
