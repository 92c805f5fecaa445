/**
 * Referrals of generated clients, as the referral service would have written them: a sharing
 * consent for the organisation recorded first, an offer that is open (active, with a seat) and a
 * partner whose data-sharing agreement covers referrals on the day of sending, the shared fields'
 * snapshot taken when sent, and a status history that only makes the moves of the domain's
 * status machine, at increasing times up to the as-of date. Seats: an offer takes no referral
 * once full, and the enrolment that fills it comes after every referral sent to it (seats never
 * come back, so every enrolment found one).
 */
import type { ShareableField } from '@pathways/contracts';
import type { ClientRow } from '../../../apps/server/src/clients/clients.presenter.js';
import { snapshotSharedFields } from '../../../apps/server/src/referrals/referral-snapshot.js';
import {
  allowedReferralTransitions,
  type ReferralSide,
} from '../../../packages/domain/src/referrals/status-machine.js';
import { type ColumnBatch, pushRow } from './load.js';
import { type Category, DAY, type Network, type OfferPlan, type PartnerPlan } from './network.js';
import { REFERRAL_MIX } from './network-catalogue.js';
import { createRandom, type Random, uuidv7At } from './prng.js';
import {
  CANCEL_REASONS,
  COMPLETION_FEEDBACK,
  DECLINE_REASONS,
  DROPOUT_REASONS,
  OUTCOMES,
  REASONS,
  SHARED_FIELD_SETS,
} from './referral-texts.js';

type Status = Parameters<typeof allowedReferralTransitions>[0];

/** What a referral needs of its client, as the client row holds it. */
export type ReferredClient = {
  id: string;
  countryCode: string;
  centreId: string;
  counsellorId: string;
  /** Registration time, ms. */
  at: number;
  group: string;
  sex: string;
  birthYear: number | null;
  givenName: string | null;
  familyName: string | null;
  phone: string | null;
  /** The clients.languages JSON: [{ code, level }]. */
  languagesJson: string;
  educationIsced: number | null;
  occupationIsco: string | null;
  region: string | null;
};

export type ReferralBatches = { consents: ColumnBatch; referrals: ColumnBatch; events: ColumnBatch };

export type ReferralOptions = {
  seed: number;
  network: Network;
  asOf: Date;
  /** Share of clients referred at least once (about; recent clients have less time). */
  share: number;
  /** The partner_staff user of each partner organisation. */
  staffByPartner: Map<string, string>;
  consentLanguage: (countryCode: string) => string;
};

const HOUR = 3_600_000;
const MINUTE = 60_000;

// Chance of a first referral, per group, for a 20 % share overall (returnees most often).
const REFERRED: Record<string, number> = {
  prospective_migrant: 0.19,
  returnee: 0.32,
  local_job_seeker: 0.16,
};
const BASE_SHARE = 0.74 * 0.19 + 0.082 * 0.32 + 0.178 * 0.16;

type Target = { partner: PartnerPlan; offer: OfferPlan | null; category: Category | 'direct' };
type Step = {
  from: Status | null;
  to: Status;
  at: number;
  side: ReferralSide;
  byPartnerStaff: boolean;
  reason: string | null;
  feedback?: string;
};

export function createReferralMaker(options: ReferralOptions) {
  const random = createRandom(options.seed ^ 0x7e5f_3a11);
  const asOf = options.asOf.getTime();
  const scale = options.share / BASE_SHARE;
  const counts = {
    referrals: 0,
    events: 0,
    consents: 0,
    referredClients: 0,
    byStatus: {} as Record<string, number>,
  };

  const expo = (mean: number) => -Math.log(1 - random.next()) * mean;
  // Partners answer in a few days, with a long tail.
  const answerDelay = () => Math.exp(Math.log(3) + 0.9 * gaussian(random)) * DAY;

  // Agreement days as times (midnight UTC): a day is in [from, until) when its instants are.
  const windows = new Map(
    options.network.partners.map((p) => [
      p.id,
      p.referralFrom === null
        ? [1, 0]
        : [Math.max(Date.parse(p.referralFrom), p.createdAt), Date.parse(p.referralUntil as string)],
    ]),
  );
  const covers = (partner: PartnerPlan, at: number) => {
    const [from, until] = windows.get(partner.id) as number[];
    return (from as number) <= at && at < (until as number);
  };

  function fits(offer: OfferPlan, client: ReferredClient, created: number, sent: number) {
    if (offer.openFrom > created || sent >= offer.openUntil) return false;
    if (offer.capacity !== null && offer.taken >= offer.capacity) return false;
    if (offer.centreIds.length && !offer.centreIds.includes(client.centreId)) return false;
    if (offer.clientGroups.length && !offer.clientGroups.includes(client.group)) return false;
    if (offer.sexes.length && !offer.sexes.includes(client.sex)) return false;
    if (offer.minAge !== undefined || offer.maxAge !== undefined) {
      if (client.birthYear === null) return false;
      const age = new Date(sent).getUTCFullYear() - client.birthYear;
      if (age < (offer.minAge ?? 0) || age > (offer.maxAge ?? 200)) return false;
    }
    return covers(offer.partner, created) && covers(offer.partner, sent);
  }

  /** Offers of the category open at `sent`: cohorts are found by their opening date. */
  function openOffers(list: OfferPlan[], sent: number): OfferPlan[] {
    if (list.length <= 8) return list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as OfferPlan).openFrom <= sent) lo = mid + 1;
      else hi = mid;
    }
    const out: OfferPlan[] = [];
    for (let i = lo - 1; i >= 0; i--) {
      const offer = list[i] as OfferPlan;
      if (sent - offer.openFrom > options.network.maxWindow) break;
      out.push(offer);
    }
    return out;
  }

  function pickTarget(client: ReferredClient, created: number, sent: number): Target | null {
    const mix = REFERRAL_MIX[client.group] ?? [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const category = random.weighted(mix);
      if (category === 'direct') {
        const partners = (options.network.partnersByCountry.get(client.countryCode) ?? []).filter(
          (p) => p.takesDirectReferrals && covers(p, created) && covers(p, sent),
        );
        if (partners.length) return { partner: random.pick(partners), offer: null, category };
        continue;
      }
      const list = options.network.offersByCategory.get(`${client.countryCode}:${category}`) ?? [];
      const open = openOffers(list, sent).filter((o) => fits(o, client, created, sent));
      if (open.length) {
        const offer = random.pick(open);
        return { partner: offer.partner, offer, category };
      }
    }
    return null;
  }

  /** The referral's life after sending, as far as the as-of date reaches. */
  function lifeAfterSending(target: Target, sent: number): Step[] {
    const steps: Step[] = [];
    const partnerMove = (from: Status, to: Status, at: number, reason: string | null, feedback?: string) =>
      steps.push({
        from,
        to,
        at,
        side: random.chance(0.75) ? 'partner' : 'centre',
        byPartnerStaff: true,
        reason,
        feedback,
      });
    const centreMove = (from: Status, to: Status, at: number, reason: string) =>
      steps.push({ from, to, at, side: 'centre', byPartnerStaff: false, reason });

    if (random.chance(0.03)) return steps; // never answered: overdue
    const answered = sent + Math.max(answerDelay(), 20 * MINUTE);
    if (answered >= asOf) return steps;
    if (random.chance(0.04)) {
      centreMove('sent', 'cancelled', answered, random.pick(CANCEL_REASONS));
      return steps;
    }
    if (random.chance(0.15)) {
      partnerMove('sent', 'declined', answered, random.pick(DECLINE_REASONS));
      return steps;
    }
    partnerMove('sent', 'accepted', answered, null);

    const { offer } = target;
    const enrolAt =
      offer?.startsOn != null
        ? Math.max(answered + random.int(1, 3) * DAY, offer.startsOn + random.next() * 3 * DAY)
        : answered + HOUR + expo(7 * DAY);
    if (enrolAt >= asOf) return steps;
    if (random.chance(0.12)) {
      partnerMove('accepted', 'no_show', enrolAt, null);
      return steps;
    }
    if (random.chance(0.05)) {
      centreMove(
        'accepted',
        'cancelled',
        answered + (enrolAt - answered) * random.next() + MINUTE,
        random.pick(CANCEL_REASONS),
      );
      return steps;
    }
    if (offer && offer.capacity !== null) {
      const fills = offer.taken === offer.capacity - 1;
      if (offer.taken >= offer.capacity || (fills && enrolAt <= offer.lastSentAt)) {
        centreMove('accepted', 'cancelled', enrolAt, 'No seat left at enrolment.');
        return steps;
      }
    }
    // Enrolment touches the offer (takeSeat), with or without a seat limit.
    if (offer) {
      offer.taken++;
      offer.lastEnrolAt = Math.max(offer.lastEnrolAt, enrolAt);
    }
    partnerMove('accepted', 'enrolled', enrolAt, null);

    const [minDays, maxDays] = offer?.durationDays ?? [30, 120];
    const ends =
      offer?.endsOn != null
        ? Math.max(offer.endsOn, enrolAt + DAY) + random.next() * 10 * DAY
        : enrolAt + random.int(minDays, maxDays) * DAY;
    if (random.chance(0.18)) {
      const at = enrolAt + (ends - enrolAt) * random.next() + MINUTE;
      if (at < asOf)
        partnerMove('enrolled', 'dropped_out', at, random.chance(0.5) ? random.pick(DROPOUT_REASONS) : null);
      return steps;
    }
    if (ends < asOf)
      partnerMove(
        'enrolled',
        'completed',
        ends,
        null,
        random.chance(0.4) ? random.pick(COMPLETION_FEEDBACK) : undefined,
      );
    return steps;
  }

  /** The snapshot as the referral service takes it, from the client row it would read. */
  function snapshotOf(client: ReferredClient, fields: string[], reason: string): string {
    const row: Partial<ClientRow> = {
      given_name: client.givenName,
      given_name_original: null,
      family_name: client.familyName,
      family_name_original: null,
      phone: client.phone,
      languages: JSON.parse(client.languagesJson),
      sex: client.sex as ClientRow['sex'],
      birth_year: client.birthYear,
      education_isced: client.educationIsced,
      occupation_isco: client.occupationIsco,
      region: client.region,
      client_group: client.group as ClientRow['client_group'],
    };
    return JSON.stringify(snapshotSharedFields(row as ClientRow, fields as ShareableField[], reason));
  }

  function emitReferral(
    batches: ReferralBatches,
    client: ReferredClient,
    target: Target,
    consentId: string,
    created: number,
    sent: number | null,
  ) {
    const { partner, offer } = target;
    const id = uuidv7At(random, new Date(created));
    const fields = random.weighted(SHARED_FIELD_SETS);
    const reason = random.pick(REASONS[target.category]);
    const steps: Step[] = [];
    if (sent === null) {
      steps.push({
        from: null,
        to: 'draft',
        at: created,
        side: 'centre',
        byPartnerStaff: false,
        reason: null,
      });
    } else {
      if (sent > created) {
        steps.push({
          from: null,
          to: 'draft',
          at: created,
          side: 'centre',
          byPartnerStaff: false,
          reason: null,
        });
        steps.push({
          from: 'draft',
          to: 'sent',
          at: sent,
          side: 'centre',
          byPartnerStaff: false,
          reason: null,
        });
      } else {
        steps.push({ from: null, to: 'sent', at: sent, side: 'centre', byPartnerStaff: false, reason: null });
      }
      if (offer) offer.lastSentAt = Math.max(offer.lastSentAt, sent);
      steps.push(...lifeAfterSending(target, sent));
    }

    let status: Status = 'draft';
    let answeredAt: number | null = null;
    let declineReason: string | null = null;
    let outcome: string | null = null;
    let feedback: string | null = null;
    for (const step of steps) {
      if (step.from !== null && !allowedReferralTransitions(step.from, step.side).includes(step.to))
        throw new Error(`generator bug: ${step.from} → ${step.to} by ${step.side}`);
      const actor =
        step.byPartnerStaff && step.side === 'partner'
          ? (options.staffByPartner.get(partner.id) as string)
          : client.counsellorId;
      pushRow(batches.events, [
        client.countryCode,
        uuidv7At(random, new Date(step.at)),
        id,
        step.from,
        step.to,
        actor,
        step.side,
        step.reason,
        new Date(step.at).toISOString(),
      ]);
      if (step.from === 'sent' && (step.to === 'accepted' || step.to === 'declined')) answeredAt = step.at;
      if (step.to === 'declined') declineReason = step.reason;
      if (step.to === 'completed') outcome = random.weighted(OUTCOMES[target.category]);
      if (step.feedback) feedback = step.feedback;
      status = step.to;
    }
    counts.events += steps.length;
    const last = steps[steps.length - 1] as Step;
    pushRow(batches.referrals, [
      client.countryCode,
      id,
      client.id,
      client.centreId,
      partner.id,
      offer?.id ?? null,
      consentId,
      reason,
      fields.join(' '),
      sent === null ? null : snapshotOf(client, fields, reason),
      status,
      declineReason,
      outcome,
      feedback,
      steps.length,
      client.counsellorId,
      new Date(created).toISOString(),
      sent === null ? null : new Date(sent).toISOString(),
      answeredAt === null ? null : new Date(answeredAt).toISOString(),
      new Date(last.at).toISOString(),
    ]);
    counts.referrals++;
    counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
  }

  return {
    counts,
    /** Refers the client (or not): consents, referrals and their events go into `batches`. */
    refer(batches: ReferralBatches, client: ReferredClient) {
      if (!random.chance(Math.min(1, (REFERRED[client.group] ?? 0.2) * scale))) return;
      const wanted = 1 + (random.chance(0.3) ? 1 + (random.chance(0.25) ? 1 : 0) : 0);
      const consentByPartner = new Map<string, { id: string }>();
      let at = client.at + (random.chance(0.5) ? random.next() * 4 * HOUR : expo(20 * DAY));
      let made = 0;
      for (let k = 0; k < wanted; k++) {
        if (k > 0) at += HOUR + expo(60 * DAY);
        if (at >= asOf - HOUR) break;
        // A few are kept as drafts first and sent a day or two later; a few drafts are never sent.
        const isDraft = random.chance(0.04);
        const sendsAt = isDraft ? at + HOUR + expo(2 * DAY) : at;
        const isAbandoned = isDraft && (random.chance(0.25) || sendsAt >= asOf);
        const target = pickTarget(client, at, isAbandoned ? at : sendsAt);
        if (!target) continue;
        let consent = consentByPartner.get(target.partner.id);
        if (!consent) {
          // Recorded during the same visit, before the referral is written.
          const recorded = Math.max(client.at, at - random.int(1, 20) * MINUTE);
          consent = { id: uuidv7At(random, new Date(recorded)) };
          consentByPartner.set(target.partner.id, consent);
          pushRow(batches.consents, [
            client.countryCode,
            consent.id,
            client.id,
            'partner_sharing',
            'v1.0',
            options.consentLanguage(client.countryCode),
            client.counsellorId,
            new Date(recorded).toISOString(),
            target.partner.id,
          ]);
          counts.consents++;
          if (recorded >= at) at = recorded + MINUTE;
        }
        emitReferral(batches, client, target, consent.id, at, isAbandoned ? null : Math.max(sendsAt, at));
        made++;
      }
      if (made) counts.referredClients++;
    },
  };
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
