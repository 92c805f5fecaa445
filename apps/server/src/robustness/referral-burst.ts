// Referral writes over HTTP, many at once, recording each one the server acknowledged (2xx):
// the crash test then checks that every acknowledged write survived the server's kill -9.

export type HttpSession = { cookie: string; csrfToken: string };

/** A write the server answered 2xx: the referral is at `status`, `version` (its n-th event). */
export type Ack = { referralId: string; status: string; version: number; offerId: string };

export type BurstTally = {
  attempted: number;
  acknowledged: number;
  /** 4xx: refused whole (e.g. 409 offer_full), checked like any other state. */
  refused: number;
  /** How many of each refusal, by problem code. */
  refusedCodes: Record<string, number>;
  /** Sent, but the connection died before an answer: either outcome is fine, half of one is not. */
  cutOff: number;
  /** 5xx answers, with their bodies: there must be none. */
  serverErrors: string[];
};

export async function signIn(url: string, email: string, password: string): Promise<HttpSession> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

/** The answer, or null when the connection died first (the server was killed): outcome unknown. */
async function post(url: string, session: HttpSession, path: string, body: unknown) {
  try {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json()) as { id?: string; status?: string; version?: number; code?: string };
    return { status: res.status, json };
  } catch {
    return null;
  }
}

export type BurstPlan = {
  url: string;
  counsellor: HttpSession;
  partner: HttpSession;
  clientId: string;
  consentId: string;
  offerIds: string[];
  workers: number;
};

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/**
 * `workers` loops, each taking referrals through their life (sent → accepted → enrolled →
 * completed, with declines, cancellations and drop-outs on the way), until the server dies.
 */
export async function referralBurst(plan: BurstPlan, acks: Ack[]): Promise<BurstTally> {
  const tally: BurstTally = {
    attempted: 0,
    acknowledged: 0,
    refused: 0,
    refusedCodes: {},
    cutOff: 0,
    serverErrors: [],
  };
  let isServerGone = false;

  const write = async (session: HttpSession, path: string, body: unknown, offerId: string) => {
    tally.attempted++;
    const res = await post(plan.url, session, path, body);
    if (!res) {
      tally.cutOff++;
      isServerGone = true;
      return null;
    }
    if (res.status >= 500) tally.serverErrors.push(`${path}: ${res.status} ${JSON.stringify(res.json)}`);
    if (res.status >= 300) {
      tally.refused++;
      const code = String((res.json as { code?: string }).code ?? res.status);
      tally.refusedCodes[code] = (tally.refusedCodes[code] ?? 0) + 1;
      return null;
    }
    const ack = {
      referralId: res.json.id as string,
      status: res.json.status as string,
      version: res.json.version as number,
      offerId,
    };
    acks.push(ack);
    tally.acknowledged++;
    return ack;
  };

  const life = async () => {
    const offerId = pick(plan.offerIds);
    let ack = await write(
      plan.counsellor,
      `/api/clients/${plan.clientId}/referrals`,
      { offerId, consentId: plan.consentId, reason: 'Crash test: wants vocational training.' },
      offerId,
    );
    while (ack && !isServerGone) {
      const roll = Math.random();
      const { referralId, version } = ack;
      const partnerMove = (to: string, extra: object = {}) =>
        write(
          plan.partner,
          `/api/partner/referrals/${referralId}/transitions`,
          { to, version, ...extra },
          offerId,
        );
      const centreMove = (to: string, extra: object = {}) =>
        write(
          plan.counsellor,
          `/api/referrals/${referralId}/transitions`,
          { to, version, ...extra },
          offerId,
        );
      if (ack.status === 'sent')
        ack =
          roll < 0.15
            ? await partnerMove('declined', { reason: 'Full this term.' })
            : roll < 0.25
              ? await centreMove('cancelled', { reason: 'Client moved.' })
              : await partnerMove('accepted');
      else if (ack.status === 'accepted')
        ack =
          roll < 0.1
            ? await centreMove('cancelled', { reason: 'Client found work.' })
            : await partnerMove('enrolled');
      else if (ack.status === 'enrolled')
        ack =
          roll < 0.5
            ? await partnerMove('completed', { outcome: 'certificate_obtained' })
            : await partnerMove('dropped_out');
      else break;
    }
  };

  await Promise.all(
    Array.from({ length: plan.workers }, async () => {
      while (!isServerGone) await life();
    }),
  );
  return tally;
}
