import { describe, expect, it } from 'vitest';
import { matchOffers } from './match.js';
import { buildClient, buildOffer, TODAY } from './offers.fixture.js';

describe('dates and seats', () => {
  it('explains "starts in 12 days, 3 seats left" with its numbers', () => {
    const offer = buildOffer({ schedule: { startsOn: '2026-03-13' }, capacity: 15, seatsLeft: 3 });
    const [match] = matchOffers(buildClient(), [offer], TODAY).eligible;
    expect(match?.reasons).toEqual([
      { code: 'starts_soon', params: { days: 12, startsOn: '2026-03-13' } },
      { code: 'few_seats_left', params: { seats: 3 } },
    ]);
    // 10 × (30 − 12) / 30 = 6 for the start, 5 for scarce seats.
    expect(match?.score).toBe(11);
  });

  it('lists an ended offer as ineligible, and one ending today as eligible', () => {
    const ended = buildOffer({ id: 'ended', schedule: { startsOn: '2026-01-05', endsOn: '2026-02-28' } });
    const endsToday = buildOffer({ id: 'ends-today', schedule: { endsOn: TODAY } });
    const result = matchOffers(buildClient(), [ended, endsToday], TODAY);
    expect(result.ineligible).toEqual([
      { offer: ended, failures: [{ code: 'already_ended', params: { endsOn: '2026-02-28' } }] },
    ]);
    expect(result.eligible.map((m) => m.offer.id)).toEqual(['ends-today']);
  });

  it('says an offer starting today starts in 0 days, not that it has started', () => {
    const offer = buildOffer({ schedule: { startsOn: TODAY } });
    expect(matchOffers(buildClient(), [offer], TODAY).eligible[0]?.reasons[0]).toEqual({
      code: 'starts_soon',
      params: { days: 0, startsOn: TODAY },
    });
  });

  it('cautions that a running offer has started', () => {
    const offer = buildOffer({ schedule: { startsOn: '2026-02-20' } });
    expect(matchOffers(buildClient(), [offer], TODAY).eligible[0]?.reasons).toContainEqual({
      code: 'started',
      params: { startsOn: '2026-02-20', days: 9 },
    });
  });

  it.each([
    [{ capacity: 20, seatsLeft: 0 }, undefined, 'no_seats_left'],
    [{ capacity: null, seatsLeft: null }, { code: 'no_seat_limit', params: {} }, undefined],
    [{ capacity: 20, seatsLeft: null }, { code: 'seats_left', params: { seats: 20 } }, undefined],
    [{ capacity: 20, seatsLeft: 4 }, { code: 'seats_left', params: { seats: 4 } }, undefined],
  ])('seats %o', (seats, reason, failure) => {
    const result = matchOffers(buildClient(), [buildOffer(seats)], TODAY);
    expect(result.eligible[0]?.reasons.at(-1)).toEqual(reason);
    expect(result.ineligible[0]?.failures[0]?.code).toBe(failure);
  });
});

describe('fit signals', () => {
  it('fits a language course to a prospective migrant who wants to work abroad', () => {
    const client = buildClient({ intentions: { purposes: ['regional', 'work'] } });
    const offer = buildOffer({ category: 'pre_integration_language_course' });
    expect(matchOffers(client, [offer], TODAY).eligible[0]?.reasons).toContainEqual({
      code: 'intention_fits',
      params: { category: 'pre_integration_language_course', purpose: 'work' },
    });
  });

  it('does not fit vocational training to someone who wants to study', () => {
    const client = buildClient({ intentions: { purposes: ['study'] } });
    const offer = buildOffer({ category: 'vocational_training' });
    const codes = matchOffers(client, [offer], TODAY).eligible[0]?.reasons.map((r) => r.code);
    expect(codes).not.toContain('intention_fits');
  });

  it('fits reintegration assistance to a returnee and job placement to a local job seeker', () => {
    const reintegration = buildOffer({ id: 'r', category: 'reintegration_assistance' });
    const placement = buildOffer({ id: 'p', category: 'job_placement' });
    const returnee = matchOffers(buildClient({ group: 'returnee' }), [reintegration, placement], TODAY);
    expect(returnee.eligible.map((m) => [m.offer.id, m.score])).toEqual([
      ['r', 30],
      ['p', 0],
    ]);
    const seeker = matchOffers(buildClient({ group: 'local_job_seeker' }), [placement], TODAY);
    expect(seeker.eligible[0]?.reasons).toContainEqual({
      code: 'intention_fits',
      params: { category: 'job_placement', group: 'local_job_seeker' },
    });
  });

  it('says the offer is in a language the client speaks from B1 up, not A1', () => {
    const offer = buildOffer({ languages: ['fr', 'ar'] });
    const speaker = buildClient({
      languages: [
        { code: 'fr', level: 'A1' },
        { code: 'ar', level: 'native' },
      ],
    });
    expect(matchOffers(speaker, [offer], TODAY).eligible[0]?.reasons).toContainEqual({
      code: 'offered_in_client_language',
      params: { language: 'ar' },
    });
    const required = buildOffer({
      languages: ['de'],
      eligibility: { language: { code: 'de', minLevel: 'A2' } },
    });
    const germanSpeaker = buildClient({ languages: [{ code: 'de', level: 'B2' }] });
    // The required language already shows as language_fits; saying it twice would count it twice.
    expect(matchOffers(germanSpeaker, [required], TODAY).eligible[0]?.reasons.map((r) => r.code)).toEqual([
      'language_fits',
      'no_seat_limit',
    ]);
    const beginner = buildClient({ languages: [{ code: 'fr', level: 'A1' }] });
    const codes = matchOffers(beginner, [offer], TODAY).eligible[0]?.reasons.map((r) => r.code);
    expect(codes).not.toContain('offered_in_client_language');
  });
});

describe('matchOffers', () => {
  const client = buildClient({
    sex: 'female',
    intentions: { purposes: ['work'] },
    languages: [
      { code: 'ar', level: 'native' },
      { code: 'en', level: 'B2' },
    ],
  });

  it('ranks by score: fit first, then a close start and scarce seats', () => {
    // intention_fits 30 (no start reason 45 days away, seats_left 0).
    const course = buildOffer({
      id: 'course',
      category: 'pre_integration_language_course',
      languages: ['de'],
      schedule: { startsOn: '2026-04-15' },
      capacity: 20,
      seatsLeft: 10,
    });
    // offered_in_client_language 10 + starts_soon in 3 days 9 + few_seats_left 5.
    const event = buildOffer({
      id: 'event',
      languages: ['ar'],
      schedule: { startsOn: '2026-03-04' },
      seatsLeft: 2,
    });
    // intention_fits 30 + women_only 10.
    const training = buildOffer({
      id: 'training',
      category: 'vocational_training',
      languages: ['fr'],
      eligibility: { sexes: ['female'] },
    });
    const result = matchOffers(client, [course, event, training], TODAY);
    expect(result.eligible.map((m) => [m.offer.id, m.score])).toEqual([
      ['training', 40],
      ['course', 30],
      ['event', 24],
    ]);
  });

  it('breaks ties by start date, undated last, then by id', () => {
    const offers = [
      buildOffer({ id: 'undated' }),
      buildOffer({ id: 'b-april', schedule: { startsOn: '2026-04-10' } }),
      buildOffer({ id: 'a-april', schedule: { startsOn: '2026-04-10' } }),
      buildOffer({ id: 'c-may', schedule: { startsOn: '2026-05-10' } }),
    ];
    expect(matchOffers(client, offers, TODAY).eligible.map((m) => m.offer.id)).toEqual([
      'a-april',
      'b-april',
      'c-may',
      'undated',
    ]);
  });

  it('puts an undated offer after a dated one whatever the input order', () => {
    const undated = buildOffer({ id: 'a-undated' });
    const dated = buildOffer({ id: 'b-dated', schedule: { startsOn: '2026-06-01' } });
    for (const offers of [
      [undated, dated],
      [dated, undated],
    ]) {
      expect(matchOffers(client, offers, TODAY).eligible.map((m) => m.offer.id)).toEqual([
        'b-dated',
        'a-undated',
      ]);
    }
  });

  it('lists every failing condition, closest to eligible first', () => {
    const strict = buildOffer({
      id: 'a-strict',
      eligibility: { sexes: ['male'], minAge: 18, regions: ['Ashanti'] },
    });
    const full = buildOffer({ id: 'z-full', capacity: 10, seatsLeft: 0 });
    const teen = buildClient({ sex: 'female', dateOfBirth: { value: '2010-05-05' }, region: 'Volta' });
    const result = matchOffers(teen, [strict, full], TODAY);
    expect(result.ineligible.map((m) => [m.offer.id, m.failures.map((f) => f.code)])).toEqual([
      ['z-full', ['no_seats_left']],
      ['a-strict', ['sex_excluded', 'too_young', 'region_excluded']],
    ]);
  });

  it('leaves out offers that are not active, and hands back the caller’s own objects', () => {
    const active = { ...buildOffer({ id: 'active' }), title: { en: 'Job fair' } };
    const others = (['draft', 'paused', 'closed'] as const).map((status) => ({
      ...buildOffer({ id: status, status, seatsLeft: 0 }),
      title: { en: status },
    }));
    const result = matchOffers(client, [...others, active], TODAY);
    expect(result.ineligible).toEqual([]);
    expect(result.eligible).toHaveLength(1);
    expect(result.eligible[0]?.offer).toBe(active);
    expect(result.eligible[0]?.offer.title.en).toBe('Job fair');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => matchOffers(client, [], '2026-03-01T00:00:00Z')).toThrow(RangeError);
  });
});
