// Whether the client can still get a place: dates and seats. An ended offer or a full one is
// ineligible; an offer already running is kept with a caution, since late entry is often possible.
import { countDaysBetween } from './dates.js';
import { caution, failure, fit } from './findings.js';
import type { Finding, MatchContext } from './types.js';

/** Starts within this many days: worth saying, and ranked up the sooner it starts. */
export const STARTS_SOON_DAYS = 30;
/** At or below this many seats the counsellor should act now. */
export const FEW_SEATS = 3;

export const checkSchedule = ({ offer, today }: MatchContext): Finding | undefined => {
  const { startsOn, endsOn } = offer.schedule;
  if (endsOn && endsOn < today) return failure('already_ended', { endsOn });
  if (!startsOn) return undefined;
  const days = countDaysBetween(today, startsOn);
  if (days < 0) return caution('started', { startsOn, days: -days });
  return days <= STARTS_SOON_DAYS ? fit('starts_soon', { days, startsOn }) : undefined;
};

/** No seat count yet (`seatsLeft` null) means no place taken so far: the capacity is what is left. */
export const checkSeats = ({ offer }: MatchContext): Finding => {
  const seats = offer.seatsLeft ?? offer.capacity;
  if (seats === null) return fit('no_seat_limit');
  if (seats <= 0) return failure('no_seats_left');
  return seats <= FEW_SEATS ? fit('few_seats_left', { seats }) : fit('seats_left', { seats });
};
